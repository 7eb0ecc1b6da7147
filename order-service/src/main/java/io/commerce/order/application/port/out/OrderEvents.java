package io.commerce.order.application.port.out;

import io.commerce.order.domain.FailureReason;
import io.commerce.order.domain.Order;

/** What the saga hears from the order; sent in the transaction that made the change. */
public interface OrderEvents {

    void placed(Order order);

    void paymentRequested(Order order, long amount);

    void completed(Order order);

    /** The compensation trigger: OrderFailed with the order's failure reason. */
    void failed(Order order, FailureReason reason);

    /** A member cancelled a completed order: the same compensation trigger, OrderFailed with reason CANCELLED. */
    void cancelled(Order order);
}
