package io.commerce.contracts.event.coupon;

import io.commerce.contracts.event.ExtensibleCode;

/** Why a coupon can't pay for an order. */
public enum CouponRejectionReason implements ExtensibleCode {
    COUPON_NOT_FOUND,
    COUPON_NOT_OWNED,
    COUPON_ALREADY_USED,
    COUPON_EXPIRED,
    /** A reason a newer coupon-service sent that this reader does not know. */
    UNRECOGNIZED
}
