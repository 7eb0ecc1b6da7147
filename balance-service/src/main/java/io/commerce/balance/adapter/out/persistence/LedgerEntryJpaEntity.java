package io.commerce.balance.adapter.out.persistence;

import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "ledger_entry")
class LedgerEntryJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LedgerEntryType type;

    @Column(nullable = false)
    private long amount;

    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;

    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LedgerEntryJpaEntity() {
    }

    LedgerEntry toDomain() {
        return new LedgerEntry(id, memberId, type, amount, balanceAfter, orderId, idempotencyKey, occurredAt);
    }
}
