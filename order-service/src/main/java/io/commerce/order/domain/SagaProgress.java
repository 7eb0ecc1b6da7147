package io.commerce.order.domain;

/**
 * What the saga of one order has heard so far. Payment is requested once stock is reserved and the coupon,
 * if the order has one, is applied, in whichever order those two replies arrive; and only once.
 */
public record SagaProgress(boolean couponRequired, boolean stockReserved, boolean couponApplied,
        boolean paymentRequested) {

    public static SagaProgress start(boolean couponRequired) {
        return new SagaProgress(couponRequired, false, false, false);
    }

    public boolean readyForPayment() {
        return stockReserved && (couponApplied || !couponRequired) && !paymentRequested;
    }

    SagaProgress withStockReserved() {
        return new SagaProgress(couponRequired, true, couponApplied, paymentRequested);
    }

    SagaProgress withCouponApplied() {
        return new SagaProgress(couponRequired, stockReserved, true, paymentRequested);
    }

    SagaProgress withPaymentRequested() {
        return new SagaProgress(couponRequired, stockReserved, couponApplied, true);
    }
}
