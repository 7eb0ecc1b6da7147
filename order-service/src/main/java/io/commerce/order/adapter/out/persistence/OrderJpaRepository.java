package io.commerce.order.adapter.out.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderJpaRepository extends JpaRepository<OrderJpaEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OrderJpaEntity o where o.id = :id")
    Optional<OrderJpaEntity> findForUpdate(UUID id);

    Optional<OrderJpaEntity> findByMemberIdAndIdempotencyKey(String memberId, String idempotencyKey);

    Page<OrderJpaEntity> findByMemberIdOrderByPlacedAtDescIdDesc(String memberId, Pageable pageable);

    @Query(value = """
            select * from orders
            where status = 'PENDING' and deadline_at <= :now
            order by deadline_at
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<OrderJpaEntity> lockOverdue(Instant now, int limit);
}
