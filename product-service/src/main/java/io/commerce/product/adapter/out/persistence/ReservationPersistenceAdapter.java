package io.commerce.product.adapter.out.persistence;

import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.product.application.port.out.ReservationRepository;
import io.commerce.product.domain.Reservation;
import io.commerce.product.domain.ReservationStatus;
import io.commerce.product.domain.ReservedLine;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class ReservationPersistenceAdapter implements ReservationRepository {

    private final ReservationJpaRepository jpa;

    ReservationPersistenceAdapter(ReservationJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Reservation> lockByOrderId(UUID orderId) {
        return jpa.lockByOrderId(orderId).map(ReservationPersistenceAdapter::toDomain);
    }

    @Override
    public void update(Reservation reservation) {
        var entity = jpa.findById(reservation.orderId())
                .orElseThrow(() -> new IllegalStateException("Reservation " + reservation.orderId() + " vanished"));
        entity.update(reservation.status().name(), reservation.releasedAt());
    }

    /** Always an INSERT (the entity says it is new), so the order id's unique key refuses a second decision. */
    @Override
    public void add(Reservation reservation) {
        jpa.save(new ReservationJpaEntity(reservation.orderId(), reservation.status().name(),
                reservation.rejectionReason() == null ? null : reservation.rejectionReason().name(),
                reservation.rejectedProductId(), reservation.decidedAt(), reservation.releasedAt(),
                reservation.lines().stream()
                        .map(l -> new ReservationJpaEntity.Line(l.productId(), l.quantity(), l.unitPrice()))
                        .toList()));
    }

    private static Reservation toDomain(ReservationJpaEntity entity) {
        return Reservation.restore(entity.getId(), ReservationStatus.valueOf(entity.getStatus()),
                entity.getLines().stream()
                        .map(l -> new ReservedLine(l.getProductId(), l.getQuantity(), l.getUnitPrice()))
                        .toList(),
                entity.getRejectionReason() == null ? null : StockRejectionReason.valueOf(entity.getRejectionReason()),
                entity.getRejectedProductId(), entity.getDecidedAt(), entity.getReleasedAt());
    }
}
