package io.commerce.balance.domain;

import io.commerce.contracts.event.balance.PaymentRejectionReason;

import java.util.Objects;

/**
 * A member's spendable money in KRW. Every change goes through a method that checks its rule and says
 * what happened; the amount is never negative and never silently overflows.
 */
public final class Balance {

    private final String memberId;
    private long amount;

    public Balance(String memberId, long amount) {
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        if (amount < 0) {
            throw new IllegalArgumentException("a balance is never negative");
        }
        this.amount = amount;
    }

    public static Balance empty(String memberId) {
        return new Balance(memberId, 0);
    }

    /** Adds a charge the member made, if it meets the limits; otherwise throws and changes nothing. */
    public void charge(long charge, BalanceLimits limits) {
        if (charge <= 0) {
            throw new InvalidChargeAmountException("A charge must be a positive amount of KRW.");
        }
        if (charge < limits.minimumCharge()) {
            throw new InvalidChargeAmountException("A charge must be at least " + limits.minimumCharge() + " KRW.");
        }
        if (charge > limits.maximumCharge()) {
            throw new InvalidChargeAmountException("A charge must be at most " + limits.maximumCharge() + " KRW.");
        }
        // maximumCharge <= ceiling, so amount + charge <= 2 * ceiling fits a long unless the ceiling is absurd;
        // addExact still guards it, and an overflow is as much "over the ceiling" as anything
        long after;
        try {
            after = Math.addExact(amount, charge);
        } catch (ArithmeticException overflow) {
            throw new BalanceLimitExceededException(limits.ceiling());
        }
        if (after > limits.ceiling()) {
            throw new BalanceLimitExceededException(limits.ceiling());
        }
        amount = after;
    }

    /** Pays for an order if the balance covers it; a declined payment changes nothing. */
    public PaymentOutcome pay(long price) {
        if (price < 0) {
            throw new IllegalArgumentException("a price is never negative");
        }
        if (price > amount) {
            return new PaymentOutcome.Declined(PaymentRejectionReason.INSUFFICIENT_BALANCE, amount);
        }
        amount -= price;
        return new PaymentOutcome.Paid(price, amount);
    }

    /**
     * Gives back a payment. Not bound by the ceiling: the money was the member's before the order, and a
     * refund that could fail would leave a failed order paid.
     */
    public void refund(long payment) {
        if (payment < 0) {
            throw new IllegalArgumentException("a refund is never negative");
        }
        amount = Math.addExact(amount, payment);
    }

    public String memberId() {
        return memberId;
    }

    public long amount() {
        return amount;
    }
}
