package io.commerce.coupon.application;

import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.out.CouponEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what would have been published to the saga, in order. */
final class RecordingCouponEvents implements CouponEvents {

    record Applied(UUID orderId, long couponId, Discount discount) {
    }

    record Rejected(UUID orderId, long couponId, CouponRejectionReason reason) {
    }

    private final List<Object> published = new CopyOnWriteArrayList<>();

    @Override
    public void applied(UUID orderId, long couponId, Discount discount) {
        published.add(new Applied(orderId, couponId, discount));
    }

    @Override
    public void rejected(UUID orderId, long couponId, CouponRejectionReason reason) {
        published.add(new Rejected(orderId, couponId, reason));
    }

    List<Object> all() {
        return new ArrayList<>(published);
    }
}
