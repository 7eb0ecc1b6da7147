package io.commerce.coupon.adapter.out.persistence;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignJpaRepository extends JpaRepository<CampaignJpaEntity, Long> {

    @Query("select c from CampaignJpaEntity c where c.opensAt <= :now and c.closesAt > :now order by c.closesAt, c.id")
    Page<CampaignJpaEntity> findOpenAt(Instant now, Pageable pageable);
}
