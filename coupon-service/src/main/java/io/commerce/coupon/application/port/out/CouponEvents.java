package io.commerce.coupon.application.port.out;

import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.pricing.Discount;
import java.util.UUID;

/** What the saga hears from the coupon service; published in the caller's transaction. */
public interface CouponEvents {

    void applied(UUID orderId, long couponId, Discount discount);

    void rejected(UUID orderId, long couponId, CouponRejectionReason reason);
}
