package io.commerce.coupon.application.port.in;

import java.util.UUID;

/** Compensation: the order failed, so the coupon it used (if any) becomes available to its member again, once. */
public interface RestoreCouponUseCase {

    void restore(UUID orderId);
}
