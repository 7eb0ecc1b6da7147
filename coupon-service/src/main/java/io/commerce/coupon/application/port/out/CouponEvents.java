package io.commerce.coupon.application.port.out;

import io.commerce.coupon.domain.Discount;
import io.commerce.coupon.domain.RejectionReason;
import java.util.UUID;

/** What the saga hears from the coupon service; published in the caller's transaction. */
public interface CouponEvents {

    void applied(UUID orderId, long couponId, Discount discount);

    void rejected(UUID orderId, long couponId, RejectionReason reason);
}
