package io.commerce.balance.adapter.out.persistence;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BalanceJpaRepository extends JpaRepository<BalanceJpaEntity, String> {

    @Modifying
    @Query(value = """
            insert into balance (member_id, amount, updated_at) values (:memberId, 0, now())
            on conflict (member_id) do nothing""", nativeQuery = true)
    void createIfAbsent(String memberId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BalanceJpaEntity b where b.memberId = :memberId")
    Optional<BalanceJpaEntity> findForUpdate(String memberId);
}
