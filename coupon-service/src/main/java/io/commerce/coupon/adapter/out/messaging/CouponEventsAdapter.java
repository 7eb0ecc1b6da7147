package io.commerce.coupon.adapter.out.messaging;

import io.commerce.contracts.event.coupon.AppliedDiscount;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.out.CouponEvents;
import io.commerce.platform.messaging.IntegrationEventPublisher;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class CouponEventsAdapter implements CouponEvents {

    private final IntegrationEventPublisher publisher;

    CouponEventsAdapter(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void applied(UUID orderId, long couponId, Discount discount) {
        publisher.publish(new CouponApplied(orderId, couponId, AppliedDiscount.of(discount)));
    }

    @Override
    public void rejected(UUID orderId, long couponId, CouponRejectionReason reason) {
        publisher.publish(new CouponRejected(orderId, couponId, reason));
    }
}
