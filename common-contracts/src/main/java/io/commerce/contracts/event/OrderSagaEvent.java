package io.commerce.contracts.event;

import java.util.UUID;

/** An event of the order saga: keyed by the order, whichever service publishes it. */
public interface OrderSagaEvent extends IntegrationEvent {

    UUID orderId();

    @Override
    default String key() {
        return orderId().toString();
    }
}
