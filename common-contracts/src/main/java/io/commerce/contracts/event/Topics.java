package io.commerce.contracts.event;

/** One topic per publishing service; a dead-letter topic per topic is {@code <topic>.DLT}. */
public final class Topics {

    public static final String ORDER_EVENTS = "commerce.order.events";
    public static final String PRODUCT_EVENTS = "commerce.product.events";
    public static final String COUPON_EVENTS = "commerce.coupon.events";
    public static final String BALANCE_EVENTS = "commerce.balance.events";

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
