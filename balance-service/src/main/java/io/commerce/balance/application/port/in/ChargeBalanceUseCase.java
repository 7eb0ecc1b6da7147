package io.commerce.balance.application.port.in;

import io.commerce.contracts.core.IdempotencyKey;
import java.time.Instant;
import java.util.Objects;

public interface ChargeBalanceUseCase {

    /** Adds {@code amount} to the member's balance; with a key, a repeat returns the first receipt and charges nothing. */
    ChargeReceipt charge(ChargeCommand command);

    record ChargeCommand(String memberId, long amount, IdempotencyKey idempotencyKey) {

        public ChargeCommand {
            Objects.requireNonNull(memberId, "memberId");
        }
    }

    /** {@code replayed} is true when this is the answer to an earlier request with the same key. */
    record ChargeReceipt(long transactionId, long amount, long balance, Instant chargedAt, boolean replayed) {
    }
}
