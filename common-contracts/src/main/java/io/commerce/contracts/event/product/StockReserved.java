package io.commerce.contracts.event.product;

import static io.commerce.contracts.event.EventFields.nonEmpty;
import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.List;
import java.util.UUID;

/** Every line of the order is reserved, at these prices. */
public record StockReserved(UUID orderId, List<PricedLine> lines, long subtotal) implements OrderSagaEvent {

    public StockReserved {
        present(orderId, "orderId");
        lines = nonEmpty(lines, "lines");
        nonNegative(subtotal, "subtotal");
    }
}
