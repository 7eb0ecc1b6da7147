package io.commerce.order.domain;

/** Why an order failed: stable codes that clients and the other services may switch on. */
public enum FailureReason {
    OUT_OF_STOCK,
    PRODUCT_NOT_FOUND,
    COUPON_REJECTED,
    INSUFFICIENT_BALANCE,
    /** The balance said no for a reason other than the balance being too low (kept in the detail). */
    PAYMENT_REJECTED,
    TIMEOUT
}
