package io.commerce.coupon.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The one coupon decision per order: recorded before the coupon is touched, so a second request for the same
 * order (a duplicated OrderPlaced, even one naming another coupon) finds it and does nothing.
 */
public interface CouponRedemptionRepository {

    enum Outcome { APPLIED, REJECTED, RESTORED }

    record Redemption(UUID orderId, long couponId, Outcome outcome) {
    }

    /** @return false if this order already has a decision */
    boolean startIfFirst(UUID orderId, long couponId, Instant at);

    void decide(UUID orderId, Outcome outcome, String reason);

    /** The order's decision, locked until the transaction ends. */
    Optional<Redemption> findByOrderForUpdate(UUID orderId);

    void markRestored(UUID orderId, Instant at);
}
