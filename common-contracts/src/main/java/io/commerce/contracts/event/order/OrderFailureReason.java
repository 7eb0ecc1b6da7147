package io.commerce.contracts.event.order;

import io.commerce.contracts.event.ExtensibleCode;

/** Why an order's saga is undone: how it failed, or that its member cancelled it. */
public enum OrderFailureReason implements ExtensibleCode {
    OUT_OF_STOCK,
    PRODUCT_NOT_FOUND,
    COUPON_REJECTED,
    INSUFFICIENT_BALANCE,
    /** The balance said no for a reason other than the balance being too low. */
    PAYMENT_REJECTED,
    /** The saga did not settle before its deadline. */
    TIMEOUT,
    /** The member cancelled a completed order. */
    CANCELLED,
    /** A reason a newer order-service sent that this reader does not know. */
    UNRECOGNIZED
}
