package io.commerce.coupon.application.port.in;

/** One coupon the member holds; another member's coupon is not found. */
public interface GetHeldCouponQuery {

    HeldCoupon get(String memberId, long couponId);
}
