package io.commerce.coupon.adapter.out.persistence;

import io.commerce.contracts.pricing.Discount;

/**
 * How a discount is spread over (discount_kind, discount_value, discount_cap). Public for the application tests,
 * which store campaigns and coupons with the ids they name and so write these columns themselves.
 */
public record DiscountColumns(String kind, long value, Long cap) {

    static final String FIXED = "FIXED";
    static final String PERCENTAGE = "PERCENTAGE";

    public static DiscountColumns of(Discount discount) {
        return switch (discount) {
            case Discount.Fixed fixed -> new DiscountColumns(FIXED, fixed.amount(), null);
            case Discount.Percentage percentage -> new DiscountColumns(PERCENTAGE, percentage.percent(), percentage.cap());
        };
    }

    Discount toDiscount() {
        return switch (kind) {
            case FIXED -> Discount.fixed(value);
            case PERCENTAGE -> Discount.percentage(Math.toIntExact(value), cap);
            default -> throw new IllegalStateException("unknown discount kind " + kind);
        };
    }
}
