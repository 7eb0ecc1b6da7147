package io.commerce.coupon.domain;

import io.commerce.contracts.pricing.Discount;
import java.time.Duration;
import java.time.Instant;

/** {@code aCampaign().withQuantity(100).build()}: a valid campaign, open around {@link #NOW}, one line per fact. */
public final class CampaignBuilder {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private Long id = 1L;
    private String name = "Spring sale";
    private Discount discount = Discount.fixed(3_000);
    private int quantity = 100;
    private int issued = 0;
    private Instant opensAt = NOW.minus(Duration.ofHours(1));
    private Instant closesAt = NOW.plus(Duration.ofHours(1));
    private Duration validity = Duration.ofDays(7);

    private CampaignBuilder() {
    }

    public static CampaignBuilder aCampaign() {
        return new CampaignBuilder();
    }

    public CampaignBuilder withId(long id) {
        this.id = id;
        return this;
    }

    public CampaignBuilder withDiscount(Discount discount) {
        this.discount = discount;
        return this;
    }

    public CampaignBuilder withQuantity(int quantity) {
        this.quantity = quantity;
        return this;
    }

    public CampaignBuilder withIssued(int issued) {
        this.issued = issued;
        return this;
    }

    public CampaignBuilder openingAt(Instant opensAt) {
        this.opensAt = opensAt;
        return this;
    }

    public CampaignBuilder closingAt(Instant closesAt) {
        this.closesAt = closesAt;
        return this;
    }

    public CampaignBuilder withCouponsValidFor(Duration validity) {
        this.validity = validity;
        return this;
    }

    public CouponCampaign build() {
        return CouponCampaign.of(id, name, discount, quantity, issued, new ClaimWindow(opensAt, closesAt), validity);
    }

    /** A coupon of this campaign issued at {@link #NOW} to {@code member}, stored under {@code couponId}. */
    public IssuedCoupon issuedTo(String member, long couponId) {
        return build().issueTo(member, NOW).withId(couponId);
    }
}
