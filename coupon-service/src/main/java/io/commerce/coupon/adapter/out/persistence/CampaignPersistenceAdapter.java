package io.commerce.coupon.adapter.out.persistence;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.coupon.application.port.out.CampaignRepository;
import io.commerce.coupon.domain.ClaimWindow;
import io.commerce.coupon.domain.CouponCampaign;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class CampaignPersistenceAdapter implements CampaignRepository {

    private final CampaignJpaRepository campaigns;
    private final JdbcClient jdbc;
    private final Clock clock;

    CampaignPersistenceAdapter(CampaignJpaRepository campaigns, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public CouponCampaign add(CouponCampaign campaign) {
        var saved = campaigns.save(new CampaignJpaEntity(campaign.name(), DiscountColumns.of(campaign.discount()),
                campaign.totalQuantity(), campaign.window().opensAt(), campaign.window().closesAt(),
                campaign.couponValidity().toSeconds(), clock.instant()));
        return toDomain(saved);
    }

    @Override
    public Optional<CouponCampaign> findById(long campaignId) {
        return campaigns.findById(campaignId).map(CampaignPersistenceAdapter::toDomain);
    }

    /**
     * Enforces "never more issued than the quantity" in one statement: PostgreSQL takes the row lock, re-reads
     * the committed count after any concurrent claim commits or rolls back, and only then tests the condition.
     * The ORM is bypassed on purpose: this is the statement every claim queues for.
     */
    @Override
    public boolean takeOneFromStock(long campaignId) {
        return jdbc.sql("""
                        update coupon_campaign set issued_count = issued_count + 1
                        where id = ? and issued_count < total_quantity""")
                .param(campaignId)
                .update() == 1;
    }

    @Override
    public Page<CouponCampaign> findOpenAt(Instant now, PageRequest page) {
        var found = campaigns.findOpenAt(now, org.springframework.data.domain.PageRequest.of(page.page(), page.size()));
        return new Page<>(found.getContent().stream().map(CampaignPersistenceAdapter::toDomain).toList(), page,
                found.getTotalElements());
    }

    static CouponCampaign toDomain(CampaignJpaEntity entity) {
        return CouponCampaign.of(entity.getId(), entity.getName(), entity.getDiscount().toDiscount(),
                entity.getTotalQuantity(), entity.getIssuedCount(),
                new ClaimWindow(entity.getOpensAt(), entity.getClosesAt()),
                Duration.ofSeconds(entity.getCouponValiditySeconds()));
    }
}
