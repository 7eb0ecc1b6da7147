package io.commerce.balance.application;

import io.commerce.balance.application.port.in.GetBalanceQuery;
import io.commerce.balance.application.port.in.ListTransactionsQuery;
import io.commerce.balance.application.port.out.BalanceRepository;
import io.commerce.balance.application.port.out.LedgerRepository;
import io.commerce.balance.domain.Balance;
import io.commerce.balance.domain.LedgerEntry;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BalanceQueryService implements GetBalanceQuery, ListTransactionsQuery {

    private final BalanceRepository balances;
    private final LedgerRepository ledger;

    public BalanceQueryService(BalanceRepository balances, LedgerRepository ledger) {
        this.balances = balances;
        this.ledger = ledger;
    }

    @Override
    public long balanceOf(String memberId) {
        return balances.find(memberId).map(Balance::amount).orElse(0L);
    }

    @Override
    public Page<LedgerEntry> transactionsOf(String memberId, PageRequest page) {
        return ledger.page(memberId, page);
    }
}
