package io.commerce.contracts.event.coupon;

import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.pricing.Discount;

/**
 * The wire form of an applied coupon's {@link Discount}: FIXED takes {@code value} KRW off; PERCENTAGE takes
 * {@code value} percent, at most {@code cap} KRW when a cap is set. The order computes the amount from its
 * subtotal, with {@link #toDiscount()}.
 */
public record AppliedDiscount(Kind kind, long value, Long cap) {

    public enum Kind { FIXED, PERCENTAGE }

    public AppliedDiscount {
        present(kind, "kind");
        nonNegative(value, "value");
        if (kind == Kind.PERCENTAGE && value > 100) {
            throw new IllegalArgumentException("a percentage is at most 100");
        }
        if (cap != null) {
            nonNegative(cap, "cap");
        }
    }

    public static AppliedDiscount of(Discount discount) {
        return switch (discount) {
            case Discount.Fixed fixed -> new AppliedDiscount(Kind.FIXED, fixed.amount(), null);
            case Discount.Percentage percentage -> new AppliedDiscount(Kind.PERCENTAGE, percentage.percent(),
                    percentage.cap());
        };
    }

    public Discount toDiscount() {
        return switch (kind) {
            case FIXED -> Discount.fixed(value);
            case PERCENTAGE -> Discount.percentage((int) value, cap);
        };
    }
}
