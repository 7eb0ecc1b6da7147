package io.commerce.coupon.application.port.in;

import io.commerce.coupon.domain.CouponStatus;
import io.commerce.coupon.domain.IssuedCoupon;

/** A held coupon and its status at the moment it was read (EXPIRED follows from the clock). */
public record HeldCoupon(IssuedCoupon coupon, CouponStatus status) {
}
