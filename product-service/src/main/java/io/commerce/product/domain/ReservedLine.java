package io.commerce.product.domain;

/** Units of one product held for an order, at the price they were reserved at. */
public record ReservedLine(long productId, long quantity, long unitPrice) {

    public ReservedLine {
        if (productId <= 0 || quantity <= 0 || unitPrice <= 0) {
            throw new IllegalArgumentException("productId, quantity and unitPrice must be positive");
        }
    }

    public long lineTotal() {
        return Math.multiplyExact(quantity, unitPrice);
    }
}
