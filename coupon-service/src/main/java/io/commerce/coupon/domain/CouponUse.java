package io.commerce.coupon.domain;

import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.pricing.Discount;

/** What happened when an order asked to use a coupon. */
public sealed interface CouponUse permits CouponUse.Applied, CouponUse.Rejected {

    record Applied(long couponId, Discount discount) implements CouponUse {
    }

    record Rejected(long couponId, CouponRejectionReason reason) implements CouponUse {
    }
}
