package io.commerce.contracts.event.balance;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** Nothing was debited. */
public record PaymentRejected(UUID orderId, String userId, long amount, PaymentRejectionReason reason) implements OrderSagaEvent {

    public PaymentRejected {
        present(orderId, "orderId");
        nonBlank(userId, "userId");
        nonNegative(amount, "amount");
        present(reason, "reason");
    }
}
