package io.commerce.balance.adapter.in.web;

import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import java.time.Instant;
import java.util.UUID;

record TransactionResponse(long id, LedgerEntryType type, long amount, long balanceAfter, UUID orderId,
        Instant occurredAt) {

    static TransactionResponse from(LedgerEntry entry) {
        return new TransactionResponse(entry.id(), entry.type(), entry.amount(), entry.balanceAfter(),
                entry.orderId(), entry.occurredAt());
    }
}
