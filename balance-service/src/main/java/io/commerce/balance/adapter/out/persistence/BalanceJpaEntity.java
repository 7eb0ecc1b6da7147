package io.commerce.balance.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "balance")
class BalanceJpaEntity {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Column(nullable = false)
    private long amount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BalanceJpaEntity() {
    }

    String memberId() {
        return memberId;
    }

    long amount() {
        return amount;
    }
}
