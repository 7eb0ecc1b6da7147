package io.commerce.balance.domain;

import io.commerce.contracts.event.balance.PaymentRejectionReason;

/** What a payment attempt did. */
public sealed interface PaymentOutcome {

    /** The balance paid {@code amount} and holds {@code balanceAfter}. */
    record Paid(long amount, long balanceAfter) implements PaymentOutcome {
    }

    /** Nothing was taken; {@code reason} is a stable code. */
    record Declined(PaymentRejectionReason reason, long balance) implements PaymentOutcome {
    }
}
