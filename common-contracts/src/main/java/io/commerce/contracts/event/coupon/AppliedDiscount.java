package io.commerce.contracts.event.coupon;

import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.present;

/**
 * The discount rule of an applied coupon: FIXED takes {@code value} KRW off; PERCENTAGE takes {@code value}
 * percent, at most {@code cap} KRW when a cap is set. The order computes the amount from its subtotal.
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

    /** The amount this rule takes off {@code subtotal}: never more than the subtotal itself. */
    public long amountOff(long subtotal) {
        long off = switch (kind) {
            case FIXED -> value;
            case PERCENTAGE -> {
                long percentOff = Math.multiplyExact(subtotal, value) / 100;
                yield cap == null ? percentOff : Math.min(percentOff, cap);
            }
        };
        return Math.min(off, subtotal);
    }
}
