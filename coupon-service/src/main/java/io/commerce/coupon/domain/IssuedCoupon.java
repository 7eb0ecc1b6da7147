package io.commerce.coupon.domain;

import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.pricing.Discount;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A coupon a member holds. It carries its campaign's name and discount as they were when it was issued, so
 * using it never needs the campaign. It is used by at most one order at a time, and an order that fails gives
 * it back to the same member (not to the campaign's stock).
 */
public final class IssuedCoupon {

    private final Long id;
    private final long campaignId;
    private final String campaignName;
    private final String memberId;
    private final Discount discount;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private UUID usedByOrder;
    private Instant usedAt;

    private IssuedCoupon(Long id, long campaignId, String campaignName, String memberId, Discount discount,
            Instant issuedAt, Instant expiresAt, UUID usedByOrder, Instant usedAt) {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("a coupon belongs to a member");
        }
        if ((usedByOrder == null) != (usedAt == null)) {
            throw new IllegalArgumentException("a used coupon names its order and when");
        }
        this.id = id;
        this.campaignId = campaignId;
        this.campaignName = Objects.requireNonNull(campaignName);
        this.memberId = memberId;
        this.discount = Objects.requireNonNull(discount);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.usedByOrder = usedByOrder;
        this.usedAt = usedAt;
    }

    static IssuedCoupon issue(long campaignId, String campaignName, String memberId, Discount discount,
            Instant issuedAt, Instant expiresAt) {
        return new IssuedCoupon(null, campaignId, campaignName, memberId, discount, issuedAt, expiresAt, null, null);
    }

    /** A coupon as stored. */
    public static IssuedCoupon of(long id, long campaignId, String campaignName, String memberId, Discount discount,
            Instant issuedAt, Instant expiresAt, UUID usedByOrder, Instant usedAt) {
        return new IssuedCoupon(id, campaignId, campaignName, memberId, discount, issuedAt, expiresAt, usedByOrder,
                usedAt);
    }

    /** The same coupon once the store has given it an id. */
    public IssuedCoupon withId(long newId) {
        return new IssuedCoupon(newId, campaignId, campaignName, memberId, discount, issuedAt, expiresAt, usedByOrder,
                usedAt);
    }

    public CouponStatus statusAt(Instant now) {
        if (usedByOrder != null) {
            return CouponStatus.USED;
        }
        return now.isBefore(expiresAt) ? CouponStatus.AVAILABLE : CouponStatus.EXPIRED;
    }

    /**
     * Uses this coupon for {@code orderId} placed by {@code memberId}, or says why not. Checked in the order a
     * member would want to hear it: whose coupon, whether it is free, whether it is still valid.
     */
    public CouponUse useFor(UUID orderId, String orderingMember, Instant now) {
        Objects.requireNonNull(orderId);
        if (!memberId.equals(orderingMember)) {
            return new CouponUse.Rejected(requireId(), CouponRejectionReason.COUPON_NOT_OWNED);
        }
        if (orderId.equals(usedByOrder)) {
            return new CouponUse.Applied(requireId(), discount);
        }
        if (usedByOrder != null) {
            return new CouponUse.Rejected(requireId(), CouponRejectionReason.COUPON_ALREADY_USED);
        }
        if (!now.isBefore(expiresAt)) {
            return new CouponUse.Rejected(requireId(), CouponRejectionReason.COUPON_EXPIRED);
        }
        usedByOrder = orderId;
        usedAt = now;
        return new CouponUse.Applied(requireId(), discount);
    }

    /** Gives the coupon back if {@code orderId} is the order using it; true if that changed anything. */
    public boolean restoreFrom(UUID orderId) {
        if (usedByOrder == null || !usedByOrder.equals(orderId)) {
            return false;
        }
        usedByOrder = null;
        usedAt = null;
        return true;
    }

    private long requireId() {
        return Objects.requireNonNull(id, "a coupon is stored before it is used");
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public String campaignName() {
        return campaignName;
    }

    public String memberId() {
        return memberId;
    }

    public Discount discount() {
        return discount;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public UUID usedByOrder() {
        return usedByOrder;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
