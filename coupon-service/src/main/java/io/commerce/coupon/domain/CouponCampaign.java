package io.commerce.coupon.domain;

import io.commerce.contracts.pricing.Discount;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A limited, first-come-first-served run of coupons. Everything but {@code issuedCount} is fixed once the
 * campaign is created, which is what lets the claim path keep the terms in memory.
 *
 * <p>The rule "never more issued than {@code totalQuantity}" holds under any concurrency only if it is checked
 * and applied in one atomic step; {@code CampaignRepository.takeOneFromStock} (application port)
 * is that step, and {@link #hasStockLeft()} states the same rule for one snapshot.
 */
public final class CouponCampaign {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_QUANTITY = 10_000_000;
    public static final Duration MIN_VALIDITY = Duration.ofMinutes(1);
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);
    /** Largest fixed amount or cap a campaign may offer (KRW); keeps every arithmetic step far from overflow. */
    public static final long MAX_DISCOUNT = 100_000_000L;

    private final Long id;
    private final String name;
    private final Discount discount;
    private final int totalQuantity;
    private final int issuedCount;
    private final ClaimWindow window;
    private final Duration couponValidity;

    private CouponCampaign(Long id, String name, Discount discount, int totalQuantity, int issuedCount,
            ClaimWindow window, Duration couponValidity) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidCampaignException("A campaign name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        requireOffered(discount);
        if (totalQuantity <= 0 || totalQuantity > MAX_QUANTITY) {
            throw new InvalidCampaignException("A campaign offers 1 to " + MAX_QUANTITY + " coupons");
        }
        if (issuedCount < 0 || issuedCount > totalQuantity) {
            throw new IllegalStateException("issued count " + issuedCount + " outside 0.." + totalQuantity);
        }
        if (window == null) {
            throw new InvalidCampaignException("A campaign needs a claim window");
        }
        if (couponValidity == null || couponValidity.compareTo(MIN_VALIDITY) < 0
                || couponValidity.compareTo(MAX_VALIDITY) > 0) {
            throw new InvalidCampaignException("A coupon stays valid between 1 minute and 366 days");
        }
        this.id = id;
        this.name = name.strip();
        this.discount = discount;
        this.totalQuantity = totalQuantity;
        this.issuedCount = issuedCount;
        this.window = window;
        this.couponValidity = couponValidity;
    }

    /** What a campaign may offer is narrower than what a discount may be: something off, and far from overflow. */
    private static void requireOffered(Discount discount) {
        switch (discount) {
            case null -> throw new InvalidCampaignException("A campaign needs a discount");
            case Discount.Fixed fixed when fixed.amount() < 1 || fixed.amount() > MAX_DISCOUNT ->
                    throw new InvalidCampaignException("A fixed discount is between 1 and " + MAX_DISCOUNT + " KRW");
            case Discount.Percentage percentage when percentage.percent() < 1 ->
                    throw new InvalidCampaignException("A percentage discount is between 1 and 100");
            case Discount.Percentage percentage when percentage.cap() != null
                    && (percentage.cap() < 1 || percentage.cap() > MAX_DISCOUNT) ->
                    throw new InvalidCampaignException("A discount cap is between 1 and " + MAX_DISCOUNT + " KRW");
            default -> {
            }
        }
    }

    /** A new campaign, nothing issued yet. */
    public static CouponCampaign create(String name, Discount discount, int totalQuantity, ClaimWindow window,
            Duration couponValidity) {
        return new CouponCampaign(null, name, discount, totalQuantity, 0, window, couponValidity);
    }

    /** A campaign as stored. */
    public static CouponCampaign of(long id, String name, Discount discount, int totalQuantity, int issuedCount,
            ClaimWindow window, Duration couponValidity) {
        return new CouponCampaign(id, name, discount, totalQuantity, issuedCount, window, couponValidity);
    }

    /**
     * The coupon {@code memberId} gets by claiming at {@code now}, valid for the campaign's validity from then.
     * Checks the window; whether stock is left and whether the member already holds one are decided atomically
     * by the stores (see the class comment).
     */
    public IssuedCoupon issueTo(String memberId, Instant now) {
        if (!isOpenAt(now)) {
            throw new CouponNotActiveException(requireId());
        }
        return IssuedCoupon.issue(requireId(), name, memberId, discount, now, now.plus(couponValidity));
    }

    public boolean isOpenAt(Instant now) {
        return window.contains(now);
    }

    public boolean hasStockLeft() {
        return issuedCount < totalQuantity;
    }

    public int remaining() {
        return totalQuantity - issuedCount;
    }

    private long requireId() {
        return Objects.requireNonNull(id, "a campaign is stored before it issues coupons");
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Discount discount() {
        return discount;
    }

    public int totalQuantity() {
        return totalQuantity;
    }

    public int issuedCount() {
        return issuedCount;
    }

    public ClaimWindow window() {
        return window;
    }

    public Duration couponValidity() {
        return couponValidity;
    }
}
