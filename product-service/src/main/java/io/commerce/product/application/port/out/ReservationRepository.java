package io.commerce.product.application.port.out;

import io.commerce.product.domain.Reservation;
import java.util.Optional;
import java.util.UUID;

public interface ReservationRepository {

    /** The order's reservation, locked until the transaction ends. */
    Optional<Reservation> lockByOrderId(UUID orderId);

    /**
     * Stores a new reservation or the changed state of a loaded one. There is one reservation per order id
     * (a unique key), so two transactions deciding the same order cannot both commit.
     */
    void save(Reservation reservation);
}
