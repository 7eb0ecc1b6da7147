package io.commerce.order.domain;

/**
 * One product of an order and how many of it. {@code unitPrice} is unknown ({@code null}) until the stock is
 * reserved, at the price the product had then.
 */
public record OrderLine(long productId, int quantity, Long unitPrice) {

    public OrderLine {
        if (productId <= 0) {
            throw new InvalidOrderException("INVALID_PRODUCT", "A product id is a positive number.");
        }
        if (quantity <= 0) {
            throw new InvalidOrderException("INVALID_QUANTITY", "A quantity is a positive number.");
        }
        if (unitPrice != null && unitPrice < 0) {
            throw new IllegalArgumentException("a unit price is never negative");
        }
    }

    public static OrderLine of(long productId, int quantity) {
        return new OrderLine(productId, quantity, null);
    }

    public OrderLine pricedAt(long price) {
        return new OrderLine(productId, quantity, price);
    }

    public boolean isPriced() {
        return unitPrice != null;
    }

    /** Price times quantity, once priced; checked for overflow. */
    public long lineTotal() {
        if (unitPrice == null) {
            throw new IllegalStateException("line of product " + productId + " has no price yet");
        }
        return Math.multiplyExact(unitPrice, (long) quantity);
    }

    boolean sameItemAs(OrderLine other) {
        return productId == other.productId && quantity == other.quantity;
    }
}
