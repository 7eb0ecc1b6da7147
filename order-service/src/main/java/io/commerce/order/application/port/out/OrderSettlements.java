package io.commerce.order.application.port.out;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Announcements that an order has left {@code PENDING}, from whichever instance ended its saga. */
public interface OrderSettlements {

    /**
     * Starts listening for the order's settlement. Empty when as many requests already wait as the service
     * allows: each holds a connection of the gateway's bounded pool, which placements need too.
     */
    Optional<Watch> watch(UUID orderId);

    /** One request's wait; closing it stops listening. */
    interface Watch extends AutoCloseable {

        /**
         * Waits until the order is announced settled, or at most {@code atMost}; true if it was announced. A
         * spurious true is allowed (the announcements may have been interrupted): the caller reads the order again.
         */
        boolean await(Duration atMost) throws InterruptedException;

        @Override
        void close();
    }
}
