package io.commerce.balance.domain;

/** What a payment attempt did. */
public sealed interface PaymentOutcome {

    String INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE";

    /** The balance paid {@code amount} and holds {@code balanceAfter}. */
    record Paid(long amount, long balanceAfter) implements PaymentOutcome {
    }

    /** Nothing was taken; {@code reason} is a stable code. */
    record Declined(String reason, long balance) implements PaymentOutcome {
    }
}
