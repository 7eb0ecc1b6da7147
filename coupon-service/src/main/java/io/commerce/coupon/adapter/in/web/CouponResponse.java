package io.commerce.coupon.adapter.in.web;

import io.commerce.coupon.application.port.in.HeldCoupon;
import io.commerce.coupon.domain.CouponStatus;
import io.commerce.coupon.domain.IssuedCoupon;
import java.time.Instant;
import java.util.UUID;

record CouponResponse(long id, long campaignId, String campaignName, DiscountView discount, CouponStatus status,
        Instant issuedAt, Instant expiresAt, UUID usedByOrder, Instant usedAt) {

    static CouponResponse of(HeldCoupon held) {
        return of(held.coupon(), held.status());
    }

    static CouponResponse of(IssuedCoupon coupon, CouponStatus status) {
        return new CouponResponse(coupon.id(), coupon.campaignId(), coupon.campaignName(),
                DiscountView.of(coupon.discount()), status, coupon.issuedAt(), coupon.expiresAt(),
                coupon.usedByOrder(), coupon.usedAt());
    }
}
