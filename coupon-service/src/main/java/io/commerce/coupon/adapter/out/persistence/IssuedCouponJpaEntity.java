package io.commerce.coupon.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Read and used through JPA; inserted by the claim path with plain SQL (see IssuedCouponPersistenceAdapter). */
@Entity
@Table(name = "issued_coupon")
class IssuedCouponJpaEntity {

    @Id
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "campaign_name", nullable = false, updatable = false, columnDefinition = "text")
    private String campaignName;

    @Column(name = "member_id", nullable = false, updatable = false, columnDefinition = "text")
    private String memberId;

    @Column(name = "discount_kind", nullable = false, updatable = false, columnDefinition = "text")
    private String discountKind;

    @Column(name = "discount_value", nullable = false, updatable = false)
    private long discountValue;

    @Column(name = "discount_cap", updatable = false)
    private Long discountCap;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_by_order")
    private UUID usedByOrder;

    @Column(name = "used_at")
    private Instant usedAt;

    protected IssuedCouponJpaEntity() {
    }

    Long getId() {
        return id;
    }

    long getCampaignId() {
        return campaignId;
    }

    String getCampaignName() {
        return campaignName;
    }

    String getMemberId() {
        return memberId;
    }

    DiscountColumns getDiscount() {
        return new DiscountColumns(discountKind, discountValue, discountCap);
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    UUID getUsedByOrder() {
        return usedByOrder;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    void use(UUID orderId, Instant at) {
        this.usedByOrder = orderId;
        this.usedAt = at;
    }
}
