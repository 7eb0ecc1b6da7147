package io.commerce.product.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.product.application.port.in.ReserveStockUseCase.ReserveStockCommand;
import io.commerce.product.domain.ReleaseOutcome;
import io.commerce.product.domain.RequestedLine;
import io.commerce.product.domain.ReservationOutcome;
import io.commerce.product.domain.ReservationStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.Transactional;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.application.port.out.ReservationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reserve and release on the real PostgreSQL, through the service's own persistence adapters and in real
 * transactions: what is stored, and what is announced (recorded by {@link RecordingStockEvents}).
 */
@LocalStackTest
class StockSagaServicesTest {

    private final RecordingStockEvents events = new RecordingStockEvents();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);
    private final UUID order = UUID.randomUUID();
    private ProductRows products;
    private ReserveStockService reserve;
    private ReleaseStockService release;

    @BeforeEach
    void onTheRealDatabase(@Autowired ProductRepository productRepository,
            @Autowired ReservationRepository reservations, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        products = new ProductRows(productRepository, jdbc, transactions);
        reserve = Transactional.around(new ReserveStockService(productRepository, reservations, events, clock),
                transactions);
        release = Transactional.around(new ReleaseStockService(productRepository, reservations, clock), transactions);
    }

    private static ReserveStockCommand orderOf(UUID order, RequestedLine... lines) {
        return new ReserveStockCommand(order, List.of(lines));
    }

    @Test
    void a_reservation_takes_stock_and_announces_the_priced_lines() {
        var keyboard = products.add("Keyboard", 30_000, 5);

        var outcome = reserve.reserve(orderOf(order, new RequestedLine(keyboard.id(), 2)));

        assertThat(outcome).isInstanceOf(ReservationOutcome.Reserved.class);
        assertThat(products.stockOf(keyboard.id())).isEqualTo(3);
        assertThat(events.reserved).singleElement().satisfies(r -> assertThat(r.subtotal()).isEqualTo(60_000));
        assertThat(events.rejected).isEmpty();
    }

    @Test
    void a_rejection_is_announced_with_its_reason_and_takes_nothing() {
        var keyboard = products.add("Keyboard", 30_000, 1);

        reserve.reserve(orderOf(order, new RequestedLine(keyboard.id(), 2)));

        assertThat(events.rejected).containsExactly(
                new ReservationOutcome.Rejected(order, StockRejectionReason.OUT_OF_STOCK, keyboard.id()));
        assertThat(products.stockOf(keyboard.id())).isEqualTo(1);
    }

    @Test
    void a_second_OrderPlaced_for_the_same_order_changes_nothing_and_announces_nothing() {
        var keyboard = products.add("Keyboard", 30_000, 5);
        reserve.reserve(orderOf(order, new RequestedLine(keyboard.id(), 2)));

        var again = reserve.reserve(orderOf(order, new RequestedLine(keyboard.id(), 2)));

        assertThat(again).isEqualTo(new ReservationOutcome.AlreadyDecided(order, ReservationStatus.RESERVED));
        assertThat(products.stockOf(keyboard.id())).isEqualTo(3);
        assertThat(events.reserved).hasSize(1);
    }

    @Test
    void a_rejected_order_stays_rejected_even_if_stock_arrives_before_a_duplicate() {
        var keyboard = products.add("Keyboard", 30_000, 1);
        reserve.reserve(orderOf(order, new RequestedLine(keyboard.id(), 2)));
        products.save(io.commerce.product.domain.Product.restore(keyboard.id(), "Keyboard", 30_000, 10));

        var again = reserve.reserve(orderOf(order, new RequestedLine(keyboard.id(), 2)));

        assertThat(again).isEqualTo(new ReservationOutcome.AlreadyDecided(order, ReservationStatus.REJECTED));
        assertThat(products.stockOf(keyboard.id())).isEqualTo(10);
    }

    @Test
    void a_failed_order_gets_its_stock_back_once() {
        var keyboard = products.add("Keyboard", 30_000, 5);
        var mouse = products.add("Mouse", 10_000, 5);
        reserve.reserve(orderOf(order, new RequestedLine(mouse.id(), 1), new RequestedLine(keyboard.id(), 3)));

        assertThat(release.release(order)).isEqualTo(ReleaseOutcome.RELEASED);
        assertThat(release.release(order)).isEqualTo(ReleaseOutcome.ALREADY_RELEASED);

        assertThat(products.stockOf(keyboard.id())).isEqualTo(5);
        assertThat(products.stockOf(mouse.id())).isEqualTo(5);
    }

    @Test
    void an_order_that_failed_before_it_was_placed_here_never_reserves_afterwards() {
        var keyboard = products.add("Keyboard", 30_000, 5);

        assertThat(release.release(order)).isEqualTo(ReleaseOutcome.NOTHING_RESERVED);
        var late = reserve.reserve(orderOf(order, new RequestedLine(keyboard.id(), 1)));

        assertThat(late).isEqualTo(new ReservationOutcome.AlreadyDecided(order, ReservationStatus.RELEASED));
        assertThat(products.stockOf(keyboard.id())).isEqualTo(5);
        assertThat(events.reserved).isEmpty();
    }
}
