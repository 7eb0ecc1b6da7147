package io.commerce.coupon.application.port.out;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.coupon.domain.CouponStatus;
import io.commerce.coupon.domain.IssuedCoupon;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public interface IssuedCouponRepository {

    /**
     * Stores {@code coupon} unless its member already holds one of its campaign, atomically (a concurrent claim
     * by the same member waits for this one and then finds it).
     *
     * @return the stored coupon with its id, or empty if the member already holds one
     */
    Optional<IssuedCoupon> addIfMemberHasNone(IssuedCoupon coupon);

    Optional<IssuedCoupon> findById(long couponId);

    /** The members holding a coupon of the campaign, or empty if there are more than {@code atMost}. */
    Optional<Set<String>> holdersOf(long campaignId, int atMost);

    boolean isHeldBy(long campaignId, String memberId);

    /** The coupon, locked until the transaction ends, so two orders can't both decide to use it. */
    Optional<IssuedCoupon> findByIdForUpdate(long couponId);

    /** Saves the coupon's use (used by which order, since when). */
    void saveUse(IssuedCoupon coupon);

    /** @param status null for all; AVAILABLE and EXPIRED are judged at {@code now} */
    Page<IssuedCoupon> findHeldBy(String memberId, CouponStatus status, Instant now, PageRequest page);
}
