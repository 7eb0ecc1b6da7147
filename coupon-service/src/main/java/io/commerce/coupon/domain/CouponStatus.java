package io.commerce.coupon.domain;

/** How a held coupon stands: EXPIRED is never stored, it follows from the clock. */
public enum CouponStatus {
    AVAILABLE, USED, EXPIRED
}
