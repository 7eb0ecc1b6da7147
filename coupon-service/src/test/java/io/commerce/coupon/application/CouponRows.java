package io.commerce.coupon.application;

import io.commerce.coupon.adapter.out.persistence.DiscountColumns;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository.Redemption;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import io.commerce.coupon.domain.CouponCampaign;
import io.commerce.coupon.domain.IssuedCoupon;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coupon tables of the real database, as the application tests set them up and read them: each test starts
 * from empty tables (the test JVM runs one test at a time), stores campaigns and coupons under the ids the test
 * names (the ports only add with ids of the database's choosing, and never set a campaign's issued count), and
 * reads what the services wrote through the real persistence adapters.
 */
final class CouponRows {

    private final IssuedCouponRepository coupons;
    private final CouponRedemptionRepository redemptions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    CouponRows(IssuedCouponRepository coupons, CouponRedemptionRepository redemptions, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        jdbc.execute("truncate coupon_campaign, issued_coupon, coupon_redemption restart identity");
    }

    CouponRows holding(CouponCampaign campaign) {
        var discount = DiscountColumns.of(campaign.discount());
        jdbc.update("""
                        insert into coupon_campaign (id, name, discount_kind, discount_value, discount_cap, total_quantity,
                                                     issued_count, opens_at, closes_at, coupon_validity_seconds, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""",
                campaign.id(), campaign.name(), discount.kind(), discount.value(), bigint(discount.cap()),
                campaign.totalQuantity(), campaign.issuedCount(), utc(campaign.window().opensAt()),
                utc(campaign.window().closesAt()), campaign.couponValidity().toSeconds());
        return this;
    }

    CouponRows holding(IssuedCoupon coupon) {
        var discount = DiscountColumns.of(coupon.discount());
        jdbc.update("""
                        insert into issued_coupon (id, campaign_id, campaign_name, member_id, discount_kind, discount_value,
                                                   discount_cap, issued_at, expires_at, used_by_order, used_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                coupon.id(), coupon.campaignId(), coupon.campaignName(), coupon.memberId(), discount.kind(),
                discount.value(), bigint(discount.cap()), utc(coupon.issuedAt()), utc(coupon.expiresAt()),
                new SqlParameterValue(Types.OTHER, coupon.usedByOrder()),
                new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, utc(coupon.usedAt())));
        return this;
    }

    int issuedCount(long campaignId) {
        return jdbc.queryForObject("select issued_count from coupon_campaign where id = ?", Integer.class, campaignId);
    }

    IssuedCoupon get(long couponId) {
        return coupons.findById(couponId).orElseThrow(() -> new IllegalStateException("no such coupon " + couponId));
    }

    /** Every issued coupon, in the order they were stored. */
    List<IssuedCoupon> all() {
        return jdbc.queryForList("select id from issued_coupon order by id", Long.class).stream().map(this::get)
                .toList();
    }

    Redemption redemptionOf(UUID orderId) {
        return transactions.execute(status -> redemptions.findByOrderForUpdate(orderId))
                .orElseThrow(() -> new IllegalStateException("no redemption for order " + orderId));
    }

    private static SqlParameterValue bigint(Long value) {
        return new SqlParameterValue(Types.BIGINT, value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
