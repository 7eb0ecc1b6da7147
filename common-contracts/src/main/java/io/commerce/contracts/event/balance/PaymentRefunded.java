package io.commerce.contracts.event.balance;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** A payment for a failed or cancelled order went back to the member's balance. */
public record PaymentRefunded(UUID orderId, String userId, long amount) implements OrderSagaEvent {

    public PaymentRefunded {
        present(orderId, "orderId");
        nonBlank(userId, "userId");
        nonNegative(amount, "amount");
    }
}
