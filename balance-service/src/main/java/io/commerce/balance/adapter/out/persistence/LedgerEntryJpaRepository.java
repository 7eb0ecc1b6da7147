package io.commerce.balance.adapter.out.persistence;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerEntryJpaRepository extends JpaRepository<LedgerEntryJpaEntity, Long> {

    Optional<LedgerEntryJpaEntity> findByMemberIdAndIdempotencyKey(String memberId, String idempotencyKey);

    Page<LedgerEntryJpaEntity> findByMemberIdOrderByIdDesc(String memberId, Pageable pageable);
}
