package io.commerce.balance.application;

import io.commerce.balance.application.port.out.BalanceRepository;
import io.commerce.balance.application.port.out.LedgerRepository;
import io.commerce.balance.domain.Balance;
import io.commerce.contracts.http.IdempotencyKey;
import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import io.commerce.contracts.http.PageResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Map-backed balances and ledger for application tests. */
class InMemoryBalanceStore implements BalanceRepository, LedgerRepository {

    private final Map<String, Long> balances = new HashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();

    InMemoryBalanceStore holding(String memberId, long amount) {
        balances.put(memberId, amount);
        return this;
    }

    List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public Balance lockOrCreate(String memberId) {
        return new Balance(memberId, balances.computeIfAbsent(memberId, id -> 0L));
    }

    @Override
    public Optional<Balance> find(String memberId) {
        return Optional.ofNullable(balances.get(memberId)).map(amount -> new Balance(memberId, amount));
    }

    @Override
    public void save(Balance balance) {
        balances.put(balance.memberId(), balance.amount());
    }

    @Override
    public LedgerEntry append(LedgerEntry entry) {
        var saved = new LedgerEntry((long) entries.size() + 1, entry.memberId(), entry.type(), entry.amount(),
                entry.balanceAfter(), entry.orderId(), entry.idempotencyKey(), entry.occurredAt());
        entries.add(saved);
        return saved;
    }

    @Override
    public Optional<LedgerEntry> findCharge(String memberId, IdempotencyKey key) {
        return entries.stream()
                .filter(e -> e.memberId().equals(memberId) && key.value().equals(e.idempotencyKey()))
                .findFirst();
    }

    @Override
    public Optional<LedgerEntry> findForOrder(UUID orderId, LedgerEntryType type) {
        return entries.stream().filter(e -> Objects.equals(orderId, e.orderId()) && e.type() == type).findFirst();
    }

    @Override
    public PageResponse<LedgerEntry> page(String memberId, int page, int size) {
        var mine = entries.stream().filter(e -> e.memberId().equals(memberId))
                .sorted(Comparator.comparing(LedgerEntry::id).reversed()).toList();
        var content = mine.stream().skip((long) page * size).limit(size).toList();
        return new PageResponse<>(content, page, size, mine.size(), (mine.size() + size - 1) / size);
    }
}
