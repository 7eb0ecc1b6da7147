package io.commerce.contracts.event.order;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.UUID;

/** The one compensation trigger: every participant undoes what it did for this order, if anything. */
public record OrderFailed(UUID orderId, String userId, OrderFailureReason reason) implements OrderSagaEvent {

    public OrderFailed {
        present(orderId, "orderId");
        nonBlank(userId, "userId");
        present(reason, "reason");
    }
}
