package io.commerce.contracts.event.coupon;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** The coupon can't be used: {@code reason} is COUPON_NOT_FOUND, COUPON_NOT_OWNED, COUPON_ALREADY_USED or COUPON_EXPIRED. */
public record CouponRejected(UUID orderId, long couponId, String reason) implements OrderSagaEvent {

    public CouponRejected {
        present(orderId, "orderId");
        nonBlank(reason, "reason");
    }
}
