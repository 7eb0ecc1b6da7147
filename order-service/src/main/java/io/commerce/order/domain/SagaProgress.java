package io.commerce.order.domain;

import io.commerce.contracts.pricing.Discount;
import java.util.Objects;
import java.util.Optional;

/**
 * What the saga of one order has heard so far, and what it learned from it: the subtotal of the reserved stock,
 * the rule of the applied coupon and, once payment is requested, the discount that rule gave. Payment is requested
 * once stock is reserved and the coupon, if the order has one, is applied, in whichever order those two replies
 * arrive; and only once.
 */
public record SagaProgress(boolean couponRequired, Optional<Long> subtotal, Optional<Discount> discountRule,
        Optional<Long> discount) {

    public SagaProgress {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(discountRule, "discountRule");
        Objects.requireNonNull(discount, "discount");
        if (subtotal.filter(amount -> amount < 0).isPresent() || discount.filter(amount -> amount < 0).isPresent()) {
            throw new IllegalArgumentException("a subtotal or discount is never negative");
        }
        if (discountRule.isPresent() && !couponRequired) {
            throw new IllegalArgumentException("an order without a coupon has no discount rule");
        }
        if (discount.isPresent() && (subtotal.isEmpty() || couponRequired && discountRule.isEmpty())) {
            throw new IllegalArgumentException("payment is requested only once stock and coupon are settled");
        }
    }

    public static SagaProgress start(boolean couponRequired) {
        return new SagaProgress(couponRequired, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean stockReserved() {
        return subtotal.isPresent();
    }

    public boolean couponApplied() {
        return discountRule.isPresent();
    }

    public boolean paymentRequested() {
        return discount.isPresent();
    }

    public boolean readyForPayment() {
        return stockReserved() && (couponApplied() || !couponRequired) && !paymentRequested();
    }

    /** What the member pays: subtotal minus discount, never below 0; known once payment is requested. */
    public Optional<Long> payable() {
        return discount.map(off -> Math.max(0, subtotal.orElseThrow() - off));
    }

    SagaProgress withStockReserved(long reservedSubtotal) {
        return new SagaProgress(couponRequired, Optional.of(reservedSubtotal), discountRule, discount);
    }

    SagaProgress withCouponApplied(Discount rule) {
        return new SagaProgress(couponRequired, subtotal, Optional.of(rule), discount);
    }

    /**
     * Fixes the discount when payment is requested: the amount asked of the balance is the one a payment must
     * match later, so it is stored, not computed again.
     */
    SagaProgress withPaymentRequested() {
        if (!readyForPayment()) {
            throw new IllegalStateException("payment can't be requested now: " + this);
        }
        long off = discountRule.map(rule -> rule.amountOff(subtotal.orElseThrow())).orElse(0L);
        return new SagaProgress(couponRequired, subtotal, discountRule, Optional.of(off));
    }
}
