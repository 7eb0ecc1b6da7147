package io.commerce.product.application;

import io.commerce.product.application.port.out.ReservationRepository;
import io.commerce.product.domain.Reservation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

class InMemoryReservations implements ReservationRepository {

    private final Map<UUID, Reservation> reservations = new HashMap<>();

    @Override
    public Optional<Reservation> lockByOrderId(UUID orderId) {
        return Optional.ofNullable(reservations.get(orderId)).map(InMemoryReservations::copy);
    }

    @Override
    public void add(Reservation reservation) {
        if (reservations.putIfAbsent(reservation.orderId(), copy(reservation)) != null) {
            throw new IllegalStateException("duplicate key " + reservation.orderId());
        }
    }

    @Override
    public void update(Reservation reservation) {
        if (reservations.replace(reservation.orderId(), copy(reservation)) == null) {
            throw new IllegalStateException("no reservation " + reservation.orderId());
        }
    }

    private static Reservation copy(Reservation r) {
        return Reservation.restore(r.orderId(), r.status(), r.lines(), r.rejectionReason(), r.rejectedProductId(),
                r.decidedAt(), r.releasedAt());
    }
}
