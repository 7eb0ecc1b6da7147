package io.commerce.contracts.event.balance;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** The member's balance paid {@code amount} KRW for the order. */
public record PaymentCompleted(UUID orderId, String userId, long amount) implements OrderSagaEvent {

    public PaymentCompleted {
        present(orderId, "orderId");
        nonBlank(userId, "userId");
        nonNegative(amount, "amount");
    }
}
