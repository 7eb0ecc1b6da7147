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

    /** {@code productId}, where the product service named the line at fault, is the detail. */
    public static Failure outOfStock(Long productId) {
        return new Failure(FailureReason.OUT_OF_STOCK, productDetail(productId));
    }

    /**
     * The stock is refused for a reason the order has no code of its own for: to the member, the stock isn't there
     * for this order. The product service's reason goes first in the detail, so nothing it said is lost.
     */
    public static Failure outOfStock(String stockReason, Long productId) {
        Objects.requireNonNull(stockReason, "stockReason");
        return new Failure(FailureReason.OUT_OF_STOCK,
                productId == null ? stockReason : stockReason + " " + productDetail(productId));
    }

    public static Failure productNotFound(Long productId) {
        return new Failure(FailureReason.PRODUCT_NOT_FOUND, productDetail(productId));
    }

    /** The coupon's reason (COUPON_EXPIRED, COUPON_ALREADY_USED, ...) is kept as the detail. */
    public static Failure couponRejected(String couponReason) {
        return new Failure(FailureReason.COUPON_REJECTED, couponReason);
    }

    public static Failure insufficientBalance() {
        return new Failure(FailureReason.INSUFFICIENT_BALANCE, null);
    }

    /** The balance said no for a reason other than the balance being too low; its reason is the detail. */
    public static Failure paymentRejected(String balanceReason) {
        return new Failure(FailureReason.PAYMENT_REJECTED, balanceReason);
    }

    public static Failure timeout() {
        return new Failure(FailureReason.TIMEOUT, null);
    }

    private static String productDetail(Long productId) {
        return productId == null ? null : "productId=" + productId;
    }
}
