package io.commerce.balance.adapter.out.persistence;

import io.commerce.balance.domain.LedgerEntryType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerEntryJpaRepository extends JpaRepository<LedgerEntryJpaEntity, Long> {

    Optional<LedgerEntryJpaEntity> findByMemberIdAndIdempotencyKey(String memberId, String idempotencyKey);

    Optional<LedgerEntryJpaEntity> findByOrderIdAndType(UUID orderId, LedgerEntryType type);

    Page<LedgerEntryJpaEntity> findByMemberIdOrderByIdDesc(String memberId, Pageable pageable);
}
