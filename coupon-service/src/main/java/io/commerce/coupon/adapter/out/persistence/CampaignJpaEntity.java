package io.commerce.coupon.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "coupon_campaign")
class CampaignJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, columnDefinition = "text")
    private String name;

    @Column(name = "discount_kind", nullable = false, columnDefinition = "text")
    private String discountKind;

    @Column(name = "discount_value", nullable = false)
    private long discountValue;

    @Column(name = "discount_cap")
    private Long discountCap;

    @Column(name = "total_quantity", nullable = false)
    private int totalQuantity;

    // Written only by the atomic UPDATE of the claim path; JPA never writes it after the insert.
    @Column(name = "issued_count", nullable = false, updatable = false)
    private int issuedCount;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "coupon_validity_seconds", nullable = false)
    private long couponValiditySeconds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CampaignJpaEntity() {
    }

    CampaignJpaEntity(String name, DiscountColumns discount, int totalQuantity, Instant opensAt, Instant closesAt,
            long couponValiditySeconds, Instant createdAt) {
        this.name = name;
        this.discountKind = discount.kind();
        this.discountValue = discount.value();
        this.discountCap = discount.cap();
        this.totalQuantity = totalQuantity;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.couponValiditySeconds = couponValiditySeconds;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    DiscountColumns getDiscount() {
        return new DiscountColumns(discountKind, discountValue, discountCap);
    }

    int getTotalQuantity() {
        return totalQuantity;
    }

    int getIssuedCount() {
        return issuedCount;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    long getCouponValiditySeconds() {
        return couponValiditySeconds;
    }
}
