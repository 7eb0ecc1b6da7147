package io.commerce.contracts.event.order;

import static io.commerce.contracts.event.EventFields.positive;

/** One product and how many of it an order asks for. */
public record OrderLine(long productId, int quantity) {

    public OrderLine {
        positive(productId, "productId");
        positive(quantity, "quantity");
    }
}
