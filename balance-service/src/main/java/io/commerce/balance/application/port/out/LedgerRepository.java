package io.commerce.balance.application.port.out;

import io.commerce.balance.domain.LedgerEntry;
import io.commerce.balance.domain.LedgerEntryType;
import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import java.util.Optional;
import java.util.UUID;

public interface LedgerRepository {

    LedgerEntry append(LedgerEntry entry);

    Optional<LedgerEntry> findCharge(String memberId, IdempotencyKey key);

    Optional<LedgerEntry> findForOrder(UUID orderId, LedgerEntryType type);

    Page<LedgerEntry> page(String memberId, PageRequest page);
}
