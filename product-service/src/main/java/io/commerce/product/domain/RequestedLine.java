package io.commerce.product.domain;

/** What an order asks for: a product and a number of units. */
public record RequestedLine(long productId, long quantity) {

    public RequestedLine {
        if (productId <= 0) {
            throw new IllegalArgumentException("productId must be positive");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
