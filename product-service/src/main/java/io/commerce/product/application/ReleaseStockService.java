package io.commerce.product.application;

import io.commerce.product.application.port.in.ReleaseStockUseCase;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.application.port.out.ReservationRepository;
import io.commerce.product.domain.Product;
import io.commerce.product.domain.ReleaseOutcome;
import io.commerce.product.domain.Reservation;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an order's reserved units back. The reservation row is locked first, so two releases of the same
 * order queue and the second finds it released; products are then locked in id order, like a reservation.
 */
@Service
class ReleaseStockService implements ReleaseStockUseCase {

    private final ProductRepository products;
    private final ReservationRepository reservations;
    private final Clock clock;

    ReleaseStockService(ProductRepository products, ReservationRepository reservations, Clock clock) {
        this.products = products;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReleaseOutcome release(UUID orderId) {
        var found = reservations.lockByOrderId(orderId);
        if (found.isEmpty()) {
            // The order failed before its OrderPlaced was handled here: remember it, so that a late
            // OrderPlaced finds the order decided and holds nothing.
            reservations.add(Reservation.releasedBeforeDecided(orderId, clock.instant()));
            return ReleaseOutcome.NOTHING_RESERVED;
        }
        var reservation = found.get();
        var locked = products.lockAllInIdOrder(reservation.productIds()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        var outcome = reservation.release(locked, clock.instant());
        if (outcome == ReleaseOutcome.RELEASED) {
            locked.values().forEach(products::save);
            reservations.update(reservation);
        }
        return outcome;
    }
}
