package io.commerce.product.application.port.out;

import io.commerce.product.domain.Reservation;
import io.commerce.product.domain.ReservationOutcome;

/** What the saga hears from us; published in the transaction that made the decision. */
public interface StockEvents {

    void reserved(Reservation reservation);

    void rejected(ReservationOutcome.Rejected rejection);
}
