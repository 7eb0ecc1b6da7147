package io.commerce.contracts.event.order;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/**
 * The one compensation trigger: every participant undoes what it did for this order, if anything.
 * {@code reason} is a stable code: OUT_OF_STOCK, PRODUCT_NOT_FOUND, COUPON_REJECTED, INSUFFICIENT_BALANCE,
 * PAYMENT_REJECTED, TIMEOUT, or CANCELLED (a member cancelled a completed order).
 */
public record OrderFailed(UUID orderId, String userId, String reason) implements OrderSagaEvent {

    public OrderFailed {
        present(orderId, "orderId");
        nonBlank(userId, "userId");
        nonBlank(reason, "reason");
    }
}
