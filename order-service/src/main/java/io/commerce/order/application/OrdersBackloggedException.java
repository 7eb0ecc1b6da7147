package io.commerce.order.application;

import io.commerce.contracts.error.ServiceBusyException;
import java.time.Duration;

/** {@link OrderAdmission} refused a new order; nothing was stored, and the request may be repeated as it was. */
public class OrdersBackloggedException extends ServiceBusyException {

    public OrdersBackloggedException(Duration retryAfter) {
        super("ORDERS_BACKLOGGED", "Orders are being accepted faster than they settle; nothing was placed. Try again"
                + " after the time in Retry-After, with the same Idempotency-Key.", retryAfter);
    }
}
