package io.commerce.coupon.adapter.in.web;

import io.commerce.contracts.pricing.Discount;

/** A discount as clients read it: {@code {"kind":"PERCENTAGE","value":10,"cap":5000}} (same shape as the events). */
record DiscountView(DiscountKind kind, long value, Long cap) {

    static DiscountView of(Discount discount) {
        return switch (discount) {
            case Discount.Fixed fixed -> new DiscountView(DiscountKind.FIXED, fixed.amount(), null);
            case Discount.Percentage percentage ->
                    new DiscountView(DiscountKind.PERCENTAGE, percentage.percent(), percentage.cap());
        };
    }
}
