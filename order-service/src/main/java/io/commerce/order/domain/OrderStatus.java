package io.commerce.order.domain;

/** Where an order stands. Only {@code PENDING} moves; the others are final (a cancellation ends a completed order). */
public enum OrderStatus {
    /** Placed; waiting for stock, coupon and payment. */
    PENDING,
    /** Paid: stock reserved, coupon used, money taken. */
    COMPLETED,
    /** A participant said no, or the saga deadline passed; everything done for it is undone. */
    FAILED,
    /** Completed, then cancelled by the member within the cancellation window; everything is undone. */
    CANCELLED
}
