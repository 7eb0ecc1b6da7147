package io.commerce.product.application;

import io.commerce.product.application.port.out.StockEvents;
import io.commerce.product.domain.Reservation;
import io.commerce.product.domain.ReservationOutcome;
import java.util.ArrayList;
import java.util.List;

class RecordingStockEvents implements StockEvents {

    final List<Reservation> reserved = new ArrayList<>();
    final List<ReservationOutcome.Rejected> rejected = new ArrayList<>();

    @Override
    public void reserved(Reservation reservation) {
        reserved.add(reservation);
    }

    @Override
    public void rejected(ReservationOutcome.Rejected rejection) {
        rejected.add(rejection);
    }
}
