package io.commerce.product.application.port.out;

import io.commerce.product.domain.Reservation;
import java.util.Optional;
import java.util.UUID;

public interface ReservationRepository {

    /** The order's reservation, locked until the transaction ends. */
    Optional<Reservation> lockByOrderId(UUID orderId);

    /**
     * Stores a new decision. There is one per order id (a unique key), so of two transactions deciding the
     * same order only one can commit; the other fails and rolls back everything it did.
     */
    void add(Reservation reservation);

    /** Stores the changed state (a release) of a reservation loaded with {@link #lockByOrderId}. */
    void update(Reservation reservation);
}
