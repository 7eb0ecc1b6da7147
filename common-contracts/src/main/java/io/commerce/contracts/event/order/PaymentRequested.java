package io.commerce.contracts.event.order;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** Stock is reserved and the coupon applied: the member's balance should pay {@code amount} KRW. */
public record PaymentRequested(UUID orderId, String userId, long amount) implements OrderSagaEvent {

    public PaymentRequested {
        present(orderId, "orderId");
        nonBlank(userId, "userId");
        nonNegative(amount, "amount");
    }
}
