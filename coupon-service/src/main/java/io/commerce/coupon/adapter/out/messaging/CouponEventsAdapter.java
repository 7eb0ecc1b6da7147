package io.commerce.coupon.adapter.out.messaging;

import io.commerce.contracts.event.coupon.AppliedDiscount;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.coupon.application.port.out.CouponEvents;
import io.commerce.coupon.domain.Discount;
import io.commerce.coupon.domain.RejectionReason;
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
        publisher.publish(new CouponApplied(orderId, couponId, toApplied(discount)));
    }

    @Override
    public void rejected(UUID orderId, long couponId, RejectionReason reason) {
        publisher.publish(new CouponRejected(orderId, couponId, reason.name()));
    }

    /** The rule on the wire; the order service computes the same amount from it as {@link Discount#amountOff}. */
    static AppliedDiscount toApplied(Discount discount) {
        return switch (discount) {
            case Discount.Fixed fixed -> new AppliedDiscount(AppliedDiscount.Kind.FIXED, fixed.amount(), null);
            case Discount.Percentage percentage ->
                    new AppliedDiscount(AppliedDiscount.Kind.PERCENTAGE, percentage.percent(), percentage.cap());
        };
    }
}
