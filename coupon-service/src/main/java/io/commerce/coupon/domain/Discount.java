package io.commerce.coupon.domain;

/**
 * What a coupon takes off an order's subtotal. Closed set: a fixed amount of KRW, or a percentage with an
 * optional cap. The amount off is never more than the subtotal, so a payable amount never goes below 0.
 */
public sealed interface Discount permits Discount.Fixed, Discount.Percentage {

    /** Largest fixed amount or cap a campaign may offer (KRW); keeps every arithmetic step far from overflow. */
    long MAX_AMOUNT = 100_000_000L;

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

    record Fixed(long amount) implements Discount {

        public Fixed {
            if (amount <= 0 || amount > MAX_AMOUNT) {
                throw new InvalidCampaignException("A fixed discount is between 1 and " + MAX_AMOUNT + " KRW");
            }
        }

        @Override
        public long amountOff(long subtotal) {
            requireNonNegative(subtotal);
            return Math.min(amount, subtotal);
        }
    }

    record Percentage(int percent, Long cap) implements Discount {

        public Percentage {
            if (percent <= 0 || percent > 100) {
                throw new InvalidCampaignException("A percentage discount is between 1 and 100");
            }
            if (cap != null && (cap <= 0 || cap > MAX_AMOUNT)) {
                throw new InvalidCampaignException("A discount cap is between 1 and " + MAX_AMOUNT + " KRW");
            }
        }

        @Override
        public long amountOff(long subtotal) {
            requireNonNegative(subtotal);
            long off = Math.multiplyExact(subtotal, percent) / 100;
            return cap == null ? off : Math.min(off, cap);
        }
    }

    private static void requireNonNegative(long subtotal) {
        if (subtotal < 0) {
            throw new IllegalArgumentException("subtotal must not be negative");
        }
    }
}
