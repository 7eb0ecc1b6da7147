package io.commerce.contracts.pricing;

/**
 * What a coupon takes off an order's subtotal: a fixed amount of KRW, or a percentage with an optional cap.
 * The one computation of the amount off, used by the coupon that offers it and the order that applies it;
 * the amount off is never more than the subtotal, so a payable amount never goes below 0.
 */
public sealed interface Discount {

    /** What this rule takes off {@code subtotal}: never negative, never more than the subtotal. */
    long amountOff(long subtotal);

    static Fixed fixed(long amount) {
        return new Fixed(amount);
    }

    static Percentage percentage(int percent) {
        return new Percentage(percent, null);
    }

    static Percentage percentage(int percent, Long cap) {
        return new Percentage(percent, cap);
    }

    /** {@code amount} KRW off. */
    record Fixed(long amount) implements Discount {

        public Fixed {
            if (amount < 0) {
                throw new IllegalArgumentException("a discount is never negative");
            }
        }

        @Override
        public long amountOff(long subtotal) {
            return Math.min(amount, requireNonNegative(subtotal));
        }
    }

    /** {@code percent} % off, rounded down, at most {@code cap} KRW when a cap is set. */
    record Percentage(int percent, Long cap) implements Discount {

        public Percentage {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("a percentage is between 0 and 100");
            }
            if (cap != null && cap < 0) {
                throw new IllegalArgumentException("a cap is never negative");
            }
        }

        @Override
        public long amountOff(long subtotal) {
            long off = Math.multiplyExact(requireNonNegative(subtotal), percent) / 100;
            return cap == null ? off : Math.min(off, cap);
        }
    }

    private static long requireNonNegative(long subtotal) {
        if (subtotal < 0) {
            throw new IllegalArgumentException("subtotal must not be negative");
        }
        return subtotal;
    }
}
