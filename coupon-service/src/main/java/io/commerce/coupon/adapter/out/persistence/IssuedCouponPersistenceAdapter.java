package io.commerce.coupon.adapter.out.persistence;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import io.commerce.coupon.domain.CouponStatus;
import io.commerce.coupon.domain.IssuedCoupon;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class IssuedCouponPersistenceAdapter implements IssuedCouponRepository {

    private final IssuedCouponJpaRepository coupons;
    private final JdbcClient jdbc;

    IssuedCouponPersistenceAdapter(IssuedCouponJpaRepository coupons, JdbcClient jdbc) {
        this.coupons = coupons;
        this.jdbc = jdbc;
    }

    /**
     * Enforces "one coupon per member per campaign" with the unique (campaign_id, member_id) constraint. ON
     * CONFLICT DO NOTHING waits for a concurrent insert of the same pair and then yields no row, instead of
     * aborting the transaction with an error. Plain SQL: this is on the claim path.
     */
    @Override
    public Optional<IssuedCoupon> addIfMemberHasNone(IssuedCoupon coupon) {
        var discount = DiscountColumns.of(coupon.discount());
        return jdbc.sql("""
                        insert into issued_coupon (campaign_id, campaign_name, member_id, discount_kind, discount_value,
                                                   discount_cap, issued_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (campaign_id, member_id) do nothing
                        returning id""")
                .params(coupon.campaignId(), coupon.campaignName(), coupon.memberId(), discount.kind(),
                        discount.value(), new SqlParameterValue(Types.BIGINT, discount.cap()), utc(coupon.issuedAt()),
                        utc(coupon.expiresAt()))
                .query(Long.class)
                .optional()
                .map(coupon::withId);
    }

    @Override
    public Optional<Set<String>> holdersOf(long campaignId, int atMost) {
        var holders = jdbc.sql("select member_id from issued_coupon where campaign_id = ? limit ?")
                .params(campaignId, atMost + 1)
                .query(String.class)
                .list();
        return holders.size() > atMost ? Optional.empty() : Optional.of(Set.copyOf(holders));
    }

    @Override
    public boolean isHeldBy(long campaignId, String memberId) {
        return jdbc.sql("select exists (select 1 from issued_coupon where campaign_id = ? and member_id = ?)")
                .params(campaignId, memberId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<IssuedCoupon> findById(long couponId) {
        return coupons.findById(couponId).map(IssuedCouponPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<IssuedCoupon> findByIdForUpdate(long couponId) {
        return coupons.findByIdForUpdate(couponId).map(IssuedCouponPersistenceAdapter::toDomain);
    }

    @Override
    public void saveUse(IssuedCoupon coupon) {
        var entity = coupons.findById(coupon.id())
                .orElseThrow(() -> new IllegalStateException("coupon " + coupon.id() + " vanished"));
        entity.use(coupon.usedByOrder(), coupon.usedAt());
    }

    @Override
    public Page<IssuedCoupon> findHeldBy(String memberId, CouponStatus status, Instant now, PageRequest page) {
        var pageable = org.springframework.data.domain.PageRequest.of(page.page(), page.size());
        org.springframework.data.domain.Page<IssuedCouponJpaEntity> found = status == null
                ? coupons.findByMemberIdOrderByIdDesc(memberId, pageable)
                : switch (status) {
                    case AVAILABLE -> coupons.findAvailable(memberId, now, pageable);
                    case USED -> coupons.findUsed(memberId, pageable);
                    case EXPIRED -> coupons.findExpired(memberId, now, pageable);
                };
        return new Page<>(found.getContent().stream().map(IssuedCouponPersistenceAdapter::toDomain).toList(), page,
                found.getTotalElements());
    }

    private static IssuedCoupon toDomain(IssuedCouponJpaEntity entity) {
        return IssuedCoupon.of(entity.getId(), entity.getCampaignId(), entity.getCampaignName(), entity.getMemberId(),
                entity.getDiscount().toDiscount(), entity.getIssuedAt(), entity.getExpiresAt(),
                entity.getUsedByOrder(), entity.getUsedAt());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
