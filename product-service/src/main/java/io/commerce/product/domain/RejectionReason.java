package io.commerce.product.domain;

/** Why nothing was reserved for an order; the names travel in {@code StockRejected.reason}. */
public enum RejectionReason {
    PRODUCT_NOT_FOUND,
    OUT_OF_STOCK,
    /** The order's subtotal does not fit in a long: no real order gets here, but it must not break the consumer. */
    ORDER_TOO_LARGE
}
