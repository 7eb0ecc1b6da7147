package io.commerce.product.application;

import io.commerce.product.application.port.in.ReserveStockUseCase;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.application.port.out.ReservationRepository;
import io.commerce.product.application.port.out.StockEvents;
import io.commerce.product.domain.Product;
import io.commerce.product.domain.Reservation;
import io.commerce.product.domain.ReservationOutcome;
import java.time.Clock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One transaction: lock the order's products in id order, decide all-or-nothing, store the decision under
 * the order id and publish it through the outbox. A second decision for the same order is refused by the
 * unique order id even if two of them race.
 */
@Service
class ReserveStockService implements ReserveStockUseCase {

    private final ProductRepository products;
    private final ReservationRepository reservations;
    private final StockEvents events;
    private final Clock clock;

    ReserveStockService(ProductRepository products, ReservationRepository reservations, StockEvents events,
            Clock clock) {
        this.products = products;
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReservationOutcome reserve(ReserveStockCommand command) {
        var existing = reservations.lockByOrderId(command.orderId());
        if (existing.isPresent()) {
            return new ReservationOutcome.AlreadyDecided(command.orderId(), existing.get().status());
        }
        var wanted = Reservation.mergeByProduct(command.lines()).keySet();
        var locked = products.lockAllInIdOrder(wanted).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        var decision = Reservation.decide(command.orderId(), command.lines(), locked, clock.instant());
        reservations.add(decision.reservation());
        switch (decision.outcome()) {
            case ReservationOutcome.Reserved reserved -> {
                reserved.reservation().lines().forEach(line -> products.save(locked.get(line.productId())));
                events.reserved(reserved.reservation());
            }
            case ReservationOutcome.Rejected rejected -> events.rejected(rejected);
            case ReservationOutcome.AlreadyDecided already -> { }
        }
        return decision.outcome();
    }

}
