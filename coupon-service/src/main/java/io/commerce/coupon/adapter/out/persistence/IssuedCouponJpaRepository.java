package io.commerce.coupon.adapter.out.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IssuedCouponJpaRepository extends JpaRepository<IssuedCouponJpaEntity, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from IssuedCouponJpaEntity c where c.id = :id")
    Optional<IssuedCouponJpaEntity> findByIdForUpdate(long id);

    Page<IssuedCouponJpaEntity> findByMemberIdOrderByIdDesc(String memberId, Pageable pageable);

    @Query("select c from IssuedCouponJpaEntity c where c.memberId = :memberId and c.usedByOrder is not null order by c.id desc")
    Page<IssuedCouponJpaEntity> findUsed(String memberId, Pageable pageable);

    @Query("""
            select c from IssuedCouponJpaEntity c
            where c.memberId = :memberId and c.usedByOrder is null and c.expiresAt > :now order by c.id desc""")
    Page<IssuedCouponJpaEntity> findAvailable(String memberId, Instant now, Pageable pageable);

    @Query("""
            select c from IssuedCouponJpaEntity c
            where c.memberId = :memberId and c.usedByOrder is null and c.expiresAt <= :now order by c.id desc""")
    Page<IssuedCouponJpaEntity> findExpired(String memberId, Instant now, Pageable pageable);
}
