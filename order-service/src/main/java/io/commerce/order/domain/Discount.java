package io.commerce.order.domain;

/**
 * The rule of the coupon applied to an order. The coupon may be applied before the stock is priced, so the
 * order keeps the rule and computes the amount once the subtotal is known.
 */
public sealed interface Discount {

    /** What this rule takes off {@code subtotal}: never negative, never more than the subtotal. */
    long amountOff(long subtotal);

    /** {@code amount} KRW off. */
    record Fixed(long amount) implements Discount {

        public Fixed {
            if (amount < 0) {
                throw new IllegalArgumentException("a discount is never negative");
            }
        }

        @Override
        public long amountOff(long subtotal) {
            return Math.min(amount, subtotal);
        }
    }

    /** {@code percent} % off, at most {@code cap} KRW when a cap is set. */
    record Percentage(long percent, Long cap) implements Discount {

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
            long off = Math.multiplyExact(subtotal, percent) / 100;
            if (cap != null) {
                off = Math.min(off, cap);
            }
            return Math.min(off, subtotal);
        }
    }
}
