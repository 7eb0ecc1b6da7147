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
    public void save(Reservation reservation) {
        reservations.put(reservation.orderId(), copy(reservation));
    }

    private static Reservation copy(Reservation r) {
        return Reservation.restore(r.orderId(), r.status(), r.lines(), r.rejectionReason(), r.rejectedProductId(),
                r.decidedAt(), r.releasedAt());
    }
}
