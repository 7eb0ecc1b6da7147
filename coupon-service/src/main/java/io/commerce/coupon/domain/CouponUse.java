package io.commerce.coupon.domain;

/** What happened when an order asked to use a coupon. */
public sealed interface CouponUse permits CouponUse.Applied, CouponUse.Rejected {

    record Applied(long couponId, Discount discount) implements CouponUse {
    }

    record Rejected(long couponId, RejectionReason reason) implements CouponUse {
    }
}
