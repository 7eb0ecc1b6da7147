package io.commerce.dataplatform.domain;

/** Units of a product an order paid for, at the price it paid. */
public record SoldLine(long productId, int quantity, long unitPrice) {

    public SoldLine {
        if (productId <= 0) {
            throw new IllegalArgumentException("productId must be positive");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (unitPrice < 0) {
            throw new IllegalArgumentException("unitPrice must not be negative");
        }
    }
}
