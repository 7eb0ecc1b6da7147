package io.commerce.order.application.port.in;

import io.commerce.order.domain.Order;
import java.time.Duration;
import java.util.UUID;

public interface AwaitOrderQuery {

    /**
     * The member's order as soon as it is no longer {@code PENDING}, or as it is once {@code atMost} has passed:
     * one request instead of a client polling every few hundred milliseconds, and the answer the moment the saga
     * ends rather than at the next poll. Another member's order is not found, exactly like a missing one.
     */
    Order awaitSettled(String memberId, UUID orderId, Duration atMost);
}
