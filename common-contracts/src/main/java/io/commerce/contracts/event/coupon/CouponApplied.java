package io.commerce.contracts.event.coupon;

import static io.commerce.contracts.event.EventFields.positive;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** The coupon is marked used by this order. */
public record CouponApplied(UUID orderId, long couponId, AppliedDiscount discount) implements OrderSagaEvent {

    public CouponApplied {
        present(orderId, "orderId");
        positive(couponId, "couponId");
        present(discount, "discount");
    }
}
