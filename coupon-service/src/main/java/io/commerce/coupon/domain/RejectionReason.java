package io.commerce.coupon.domain;

/** Why a coupon can't pay for an order; the names are the stable codes of {@code CouponRejected}. */
public enum RejectionReason {
    COUPON_NOT_FOUND, COUPON_NOT_OWNED, COUPON_ALREADY_USED, COUPON_EXPIRED
}
