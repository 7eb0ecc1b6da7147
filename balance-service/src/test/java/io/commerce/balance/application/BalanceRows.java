package io.commerce.balance.application;

import io.commerce.balance.application.port.out.BalanceRepository;
import io.commerce.balance.domain.Balance;
import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The balance and ledger tables of the real database, as the application tests set them up and read them: each
 * test starts from empty tables (the test JVM runs one test at a time), sets balances, and reads what the
 * service wrote through the real persistence adapter.
 */
final class BalanceRows {

    private final BalanceRepository balances;
    private final JdbcTemplate jdbc;

    BalanceRows(BalanceRepository balances, JdbcTemplate jdbc) {
        this.balances = balances;
        this.jdbc = jdbc;
        jdbc.execute("truncate balance, ledger_entry");
    }

    BalanceRows holding(String memberId, long amount) {
        jdbc.update("insert into balance (member_id, amount, updated_at) values (?, ?, now())", memberId, amount);
        return this;
    }

    Optional<Balance> find(String memberId) {
        return balances.find(memberId);
    }

    List<LedgerEntry> entries() {
        return jdbc.query("""
                select id, member_id, type, amount, balance_after, order_id, idempotency_key, occurred_at
                from ledger_entry order by id""", (rs, n) -> new LedgerEntry(rs.getLong(1), rs.getString(2),
                LedgerEntryType.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                rs.getObject(6, UUID.class), rs.getString(7), rs.getTimestamp(8).toInstant()));
    }
}
