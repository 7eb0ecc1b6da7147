package io.commerce.coupon.application.port.in;

import java.util.UUID;

/**
 * Saga step: an order asks to use a coupon. Publishes CouponApplied or CouponRejected; an order gets one
 * decision, so a duplicated request changes nothing and never uses a second coupon.
 */
public interface ApplyCouponToOrderUseCase {

    void apply(ApplyCouponCommand command);

    record ApplyCouponCommand(UUID orderId, String memberId, long couponId) {

        public ApplyCouponCommand {
            if (orderId == null) {
                throw new IllegalArgumentException("orderId is required");
            }
            if (memberId == null || memberId.isBlank()) {
                throw new IllegalArgumentException("memberId is required");
            }
        }
    }
}
