package io.commerce.contracts.event.coupon;

import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** The coupon can't be used for this order. */
public record CouponRejected(UUID orderId, long couponId, CouponRejectionReason reason) implements OrderSagaEvent {

    public CouponRejected {
        present(orderId, "orderId");
        present(reason, "reason");
    }
}
