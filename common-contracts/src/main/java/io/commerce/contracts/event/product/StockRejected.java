package io.commerce.contracts.event.product;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** Nothing was reserved. {@code reason}: OUT_OF_STOCK or PRODUCT_NOT_FOUND; {@code productId} names the line at fault. */
public record StockRejected(UUID orderId, String reason, Long productId) implements OrderSagaEvent {

    public StockRejected {
        present(orderId, "orderId");
        nonBlank(reason, "reason");
    }
}
