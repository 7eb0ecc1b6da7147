package io.commerce.balance.application.port.in;

import io.commerce.balance.domain.LedgerEntry;
import io.commerce.contracts.http.PageResponse;

public interface ListTransactionsQuery {

    /** The member's ledger, newest first. */
    PageResponse<LedgerEntry> transactionsOf(String memberId, int page, int size);
}
