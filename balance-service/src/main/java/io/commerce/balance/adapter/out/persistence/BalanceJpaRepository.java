package io.commerce.balance.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface BalanceJpaRepository extends JpaRepository<BalanceJpaEntity, String> {
}
