package io.commerce.contracts.event.product;

import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** Nothing was reserved; {@code productId} names the line at fault, where one is. */
public record StockRejected(UUID orderId, StockRejectionReason reason, Long productId) implements OrderSagaEvent {

    public StockRejected {
        present(orderId, "orderId");
        present(reason, "reason");
    }
}
