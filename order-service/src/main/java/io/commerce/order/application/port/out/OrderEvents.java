package io.commerce.order.application.port.out;

import io.commerce.order.domain.Order;

/** What the saga hears from the order; sent in the transaction that made the change. */
public interface OrderEvents {

    void placed(Order order);

    void paymentRequested(Order order, long amount);

    void completed(Order order);

    /** The compensation trigger; {@code reason} is a stable code (a failure reason, or CANCELLED). */
    void failed(Order order, String reason);
}
