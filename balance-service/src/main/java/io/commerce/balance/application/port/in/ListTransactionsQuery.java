package io.commerce.balance.application.port.in;

import io.commerce.balance.domain.LedgerEntry;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;

public interface ListTransactionsQuery {

    /** The member's ledger, newest first. */
    Page<LedgerEntry> transactionsOf(String memberId, PageRequest page);
}
