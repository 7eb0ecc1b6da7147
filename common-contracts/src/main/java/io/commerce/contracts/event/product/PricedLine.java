package io.commerce.contracts.event.product;

import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.positive;

/** An order line with the unit price at which its stock was reserved. */
public record PricedLine(long productId, int quantity, long unitPrice) {

    public PricedLine {
        positive(productId, "productId");
        positive(quantity, "quantity");
        nonNegative(unitPrice, "unitPrice");
    }

    public long lineTotal() {
        return Math.multiplyExact(unitPrice, (long) quantity);
    }
}
