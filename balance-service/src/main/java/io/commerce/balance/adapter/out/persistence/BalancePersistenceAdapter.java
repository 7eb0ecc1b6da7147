package io.commerce.balance.adapter.out.persistence;

import io.commerce.balance.application.port.out.BalanceRepository;
import io.commerce.balance.application.port.out.LedgerRepository;
import io.commerce.balance.domain.Balance;
import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Balances and their ledger in PostgreSQL. The balance row lock ({@code select … for update}) is what
 * serializes concurrent charges, payments and refunds of one member; the ledger's partial unique indexes
 * (one charge per idempotency key, one payment and one refund per order) back the idempotency rules.
 *
 * <p>What a payment, a refund and a charge write goes through plain SQL, one statement each: the row lock, the
 * ledger's look-up by order, its insert and the balance's update. Through JPA the same step cost an insert-if-absent
 * before every lock, a second read of the row and a dirty check at flush, on the saga's busiest path. The rules
 * stay in {@link Balance}; the statements only store what it decided. Reads for the API stay on Spring Data.
 */
@Component
class BalancePersistenceAdapter implements BalanceRepository, LedgerRepository {

    private static final RowMapper<LedgerEntry> LEDGER_ENTRY = (rs, n) -> new LedgerEntry(rs.getLong("id"),
            rs.getString("member_id"), LedgerEntryType.valueOf(rs.getString("type")), rs.getLong("amount"),
            rs.getLong("balance_after"), rs.getObject("order_id", UUID.class), rs.getString("idempotency_key"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant());

    private final BalanceJpaRepository balances;
    private final LedgerEntryJpaRepository ledger;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BalancePersistenceAdapter(BalanceJpaRepository balances, LedgerEntryJpaRepository ledger, JdbcTemplate jdbc,
            Clock clock) {
        this.balances = balances;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Balance lockOrCreate(String memberId) {
        var locked = lock(memberId);
        if (locked.isPresent()) {
            return locked.get();
        }
        // a member's first-ever change: two of them at once both insert-if-absent, then one waits for the other's lock
        jdbc.update("insert into balance (member_id, amount, updated_at) values (?, 0, ?) on conflict (member_id)"
                + " do nothing", memberId, Timestamp.from(clock.instant()));
        return lock(memberId).orElseThrow();
    }

    private Optional<Balance> lock(String memberId) {
        return jdbc.query("select amount from balance where member_id = ? for update",
                (rs, n) -> new Balance(memberId, rs.getLong(1)), memberId).stream().findFirst();
    }

    @Override
    public Optional<Balance> find(String memberId) {
        return balances.findById(memberId).map(row -> new Balance(row.memberId(), row.amount()));
    }

    @Override
    public void save(Balance balance) {
        int updated = jdbc.update("update balance set amount = ?, updated_at = ? where member_id = ?",
                balance.amount(), Timestamp.from(clock.instant()), balance.memberId());
        if (updated != 1) {
            throw new IllegalStateException("No balance row for " + balance.memberId() + " to save");
        }
    }

    @Override
    public LedgerEntry append(LedgerEntry entry) {
        long id = jdbc.queryForObject("""
                insert into ledger_entry (member_id, type, amount, balance_after, order_id, idempotency_key, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, entry.memberId(), entry.type().name(),
                entry.amount(), entry.balanceAfter(), entry.orderId(), entry.idempotencyKey(),
                Timestamp.from(entry.occurredAt()));
        return new LedgerEntry(id, entry.memberId(), entry.type(), entry.amount(), entry.balanceAfter(),
                entry.orderId(), entry.idempotencyKey(), entry.occurredAt());
    }

    @Override
    public Optional<LedgerEntry> findCharge(String memberId, IdempotencyKey key) {
        return ledger.findByMemberIdAndIdempotencyKey(memberId, key.value()).map(LedgerEntryJpaEntity::toDomain);
    }

    @Override
    public Optional<LedgerEntry> findForOrder(UUID orderId, LedgerEntryType type) {
        return jdbc.query("select * from ledger_entry where order_id = ? and type = ?", LEDGER_ENTRY, orderId,
                type.name()).stream().findFirst();
    }

    @Override
    public Page<LedgerEntry> page(String memberId, PageRequest page) {
        var result = ledger.findByMemberIdOrderByIdDesc(memberId,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size()));
        return new Page<>(result.map(LedgerEntryJpaEntity::toDomain).getContent(), page, result.getTotalElements());
    }
}
