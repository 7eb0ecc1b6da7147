package io.commerce.balance.adapter.out.persistence;

import io.commerce.balance.application.port.out.BalanceRepository;
import io.commerce.balance.application.port.out.LedgerRepository;
import io.commerce.balance.domain.Balance;
import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Balances and their ledger in PostgreSQL. The balance row lock ({@code select … for update}) is what
 * serializes concurrent charges, payments and refunds of one member; the ledger's partial unique indexes
 * (one charge per idempotency key, one payment and one refund per order) back the idempotency rules.
 */
@Component
class BalancePersistenceAdapter implements BalanceRepository, LedgerRepository {

    private final BalanceJpaRepository balances;
    private final LedgerEntryJpaRepository ledger;
    private final Clock clock;

    BalancePersistenceAdapter(BalanceJpaRepository balances, LedgerEntryJpaRepository ledger, Clock clock) {
        this.balances = balances;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Balance lockOrCreate(String memberId) {
        // insert-if-absent first, so two first-ever requests of one member can't both try to create the row
        balances.createIfAbsent(memberId);
        var row = balances.findForUpdate(memberId).orElseThrow();
        return new Balance(row.memberId(), row.amount());
    }

    @Override
    public Optional<Balance> find(String memberId) {
        return balances.findById(memberId).map(row -> new Balance(row.memberId(), row.amount()));
    }

    @Override
    public void save(Balance balance) {
        var row = balances.findById(balance.memberId()).orElseThrow();
        row.update(balance.amount(), clock.instant());
    }

    @Override
    public LedgerEntry append(LedgerEntry entry) {
        return ledger.save(LedgerEntryJpaEntity.from(entry)).toDomain();
    }

    @Override
    public Optional<LedgerEntry> findCharge(String memberId, IdempotencyKey key) {
        return ledger.findByMemberIdAndIdempotencyKey(memberId, key.value()).map(LedgerEntryJpaEntity::toDomain);
    }

    @Override
    public Optional<LedgerEntry> findForOrder(UUID orderId, LedgerEntryType type) {
        return ledger.findByOrderIdAndType(orderId, type).map(LedgerEntryJpaEntity::toDomain);
    }

    @Override
    public Page<LedgerEntry> page(String memberId, PageRequest page) {
        var result = ledger.findByMemberIdOrderByIdDesc(memberId,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size()));
        return new Page<>(result.map(LedgerEntryJpaEntity::toDomain).getContent(), page, result.getTotalElements());
    }
}
