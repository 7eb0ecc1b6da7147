package io.commerce.balance.application.port.out;

import io.commerce.contracts.http.IdempotencyKey;
import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import io.commerce.contracts.http.PageResponse;
import java.util.Optional;
import java.util.UUID;

public interface LedgerRepository {

    LedgerEntry append(LedgerEntry entry);

    Optional<LedgerEntry> findCharge(String memberId, IdempotencyKey key);

    Optional<LedgerEntry> findForOrder(UUID orderId, LedgerEntryType type);

    PageResponse<LedgerEntry> page(String memberId, int page, int size);
}
