package io.commerce.balance.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of a balance, written in the same transaction as the change, so the balance always equals
 * the sum of its ledger. {@code orderId} is set for payments and refunds, {@code idempotencyKey} for
 * charges made with one.
 */
public record LedgerEntry(
        Long id, String memberId, LedgerEntryType type, long amount, long balanceAfter, UUID orderId,
        String idempotencyKey, Instant occurredAt) {

    public LedgerEntry {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (amount < 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("ledger amounts are never negative");
        }
    }

    public static LedgerEntry charge(Balance after, long amount, String idempotencyKey, Instant at) {
        return new LedgerEntry(null, after.memberId(), LedgerEntryType.CHARGE, amount, after.amount(), null,
                idempotencyKey, at);
    }

    public static LedgerEntry payment(Balance after, long amount, UUID orderId, Instant at) {
        return new LedgerEntry(null, after.memberId(), LedgerEntryType.PAYMENT, amount, after.amount(), orderId,
                null, at);
    }

    public static LedgerEntry refund(Balance after, long amount, UUID orderId, Instant at) {
        return new LedgerEntry(null, after.memberId(), LedgerEntryType.REFUND, amount, after.amount(), orderId,
                null, at);
    }
}
