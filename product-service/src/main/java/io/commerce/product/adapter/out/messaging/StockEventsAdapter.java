package io.commerce.product.adapter.out.messaging;

import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockRejected;
import io.commerce.contracts.event.product.StockReserved;
import io.commerce.platform.messaging.IntegrationEventPublisher;
import io.commerce.product.application.port.out.StockEvents;
import io.commerce.product.domain.Reservation;
import io.commerce.product.domain.ReservationOutcome;
import org.springframework.stereotype.Component;

@Component
class StockEventsAdapter implements StockEvents {

    private final IntegrationEventPublisher publisher;

    StockEventsAdapter(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void reserved(Reservation reservation) {
        var lines = reservation.lines().stream()
                .map(l -> new PricedLine(l.productId(), Math.toIntExact(l.quantity()), l.unitPrice()))
                .toList();
        publisher.publish(new StockReserved(reservation.orderId(), lines, reservation.subtotal()));
    }

    @Override
    public void rejected(ReservationOutcome.Rejected rejection) {
        publisher.publish(new StockRejected(rejection.orderId(), rejection.reason(), rejection.productId()));
    }
}
