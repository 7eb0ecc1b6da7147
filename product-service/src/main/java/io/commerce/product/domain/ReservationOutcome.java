package io.commerce.product.domain;

import io.commerce.contracts.event.product.StockRejectionReason;
import java.util.UUID;

/** What deciding an order's stock did. */
public sealed interface ReservationOutcome {

    UUID orderId();

    /** Every line is held. */
    record Reserved(Reservation reservation) implements ReservationOutcome {
        @Override
        public UUID orderId() {
            return reservation.orderId();
        }
    }

    /** Nothing is held; {@code productId} names the line at fault, if one is. */
    record Rejected(UUID orderId, StockRejectionReason reason, Long productId) implements ReservationOutcome {
    }

    /** The order was decided before (a duplicated event): nothing changed and nothing is announced again. */
    record AlreadyDecided(UUID orderId, ReservationStatus status) implements ReservationOutcome {
    }
}
