package io.commerce.order.domain;

import java.util.Objects;

/**
 * Why an order failed: a stable {@code reason} and, where the participant said more, a {@code detail} (the
 * coupon's own reason, the product at fault).
 */
public record Failure(FailureReason reason, String detail) {

    private static final int MAX_DETAIL = 200;

    public Failure {
        Objects.requireNonNull(reason, "reason");
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
    }

    /** The product service's reason: PRODUCT_NOT_FOUND or OUT_OF_STOCK (anything else counts as out of stock). */
    public static Failure stockRejected(String reason, Long productId) {
        var code = "PRODUCT_NOT_FOUND".equals(reason) ? FailureReason.PRODUCT_NOT_FOUND : FailureReason.OUT_OF_STOCK;
        var detail = productId == null ? null : "productId=" + productId;
        if (code == FailureReason.OUT_OF_STOCK && !"OUT_OF_STOCK".equals(reason)) {
            detail = reason + (detail == null ? "" : " " + detail);
        }
        return new Failure(code, detail);
    }

    /** The coupon's reason (COUPON_EXPIRED, COUPON_ALREADY_USED, ...) is kept as the detail. */
    public static Failure couponRejected(String couponReason) {
        return new Failure(FailureReason.COUPON_REJECTED, couponReason);
    }

    public static Failure paymentRejected(String reason) {
        return "INSUFFICIENT_BALANCE".equals(reason)
                ? new Failure(FailureReason.INSUFFICIENT_BALANCE, null)
                : new Failure(FailureReason.PAYMENT_REJECTED, reason);
    }

    public static Failure timeout() {
        return new Failure(FailureReason.TIMEOUT, null);
    }
}
