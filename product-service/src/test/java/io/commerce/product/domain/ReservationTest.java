package io.commerce.product.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.product.StockRejectionReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    private final UUID order = UUID.randomUUID();

    private static Product product(long id, long price, long stock) {
        return Product.restore(id, "Product " + id, price, stock);
    }

    private static RequestedLine line(long productId, long quantity) {
        return new RequestedLine(productId, quantity);
    }

    @Test
    void an_order_whose_lines_are_all_in_stock_reserves_every_line_at_the_current_price() {
        var keyboard = product(1, 30_000, 5);
        var mouse = product(2, 10_000, 2);

        var decision = Reservation.decide(order, List.of(line(2, 2), line(1, 1)), Map.of(1L, keyboard, 2L, mouse), NOW);

        assertThat(decision.outcome()).isInstanceOf(ReservationOutcome.Reserved.class);
        assertThat(decision.reservation().status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(decision.reservation().lines())
                .containsExactly(new ReservedLine(1, 1, 30_000), new ReservedLine(2, 2, 10_000));
        assertThat(decision.reservation().subtotal()).isEqualTo(50_000);
        assertThat(keyboard.stock()).isEqualTo(4);
        assertThat(mouse.stock()).isZero();
    }

    @Test
    void one_line_out_of_stock_reserves_nothing_at_all() {
        var keyboard = product(1, 30_000, 5);
        var mouse = product(2, 10_000, 1);

        var decision = Reservation.decide(order, List.of(line(1, 1), line(2, 2)), Map.of(1L, keyboard, 2L, mouse), NOW);

        assertThat(decision.outcome()).isEqualTo(new ReservationOutcome.Rejected(order, StockRejectionReason.OUT_OF_STOCK, 2L));
        assertThat(decision.reservation().status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(keyboard.stock()).isEqualTo(5);
        assertThat(mouse.stock()).isEqualTo(1);
    }

    @Test
    void an_unknown_product_rejects_the_order_and_names_the_product() {
        var keyboard = product(1, 30_000, 5);

        var decision = Reservation.decide(order, List.of(line(1, 1), line(99, 1)), Map.of(1L, keyboard), NOW);

        assertThat(decision.outcome())
                .isEqualTo(new ReservationOutcome.Rejected(order, StockRejectionReason.PRODUCT_NOT_FOUND, 99L));
        assertThat(keyboard.stock()).isEqualTo(5);
    }

    @Test
    void lines_naming_the_same_product_are_merged_and_checked_against_stock_together() {
        var keyboard = product(1, 30_000, 3);

        var tooMany = Reservation.decide(order, List.of(line(1, 2), line(1, 2)), Map.of(1L, keyboard), NOW);
        assertThat(tooMany.outcome()).isInstanceOf(ReservationOutcome.Rejected.class);
        assertThat(keyboard.stock()).isEqualTo(3);

        var enough = Reservation.decide(UUID.randomUUID(), List.of(line(1, 1), line(1, 2)), Map.of(1L, keyboard), NOW);
        assertThat(enough.reservation().lines()).containsExactly(new ReservedLine(1, 3, 30_000));
        assertThat(keyboard.stock()).isZero();
    }

    @Test
    void an_order_whose_subtotal_would_overflow_is_rejected_and_holds_nothing() {
        var a = product(1, Product.MAX_PRICE, Long.MAX_VALUE / Product.MAX_PRICE);
        var b = product(2, Product.MAX_PRICE, Long.MAX_VALUE / Product.MAX_PRICE);
        long each = Long.MAX_VALUE / Product.MAX_PRICE;

        var decision = Reservation.decide(order, List.of(line(1, each), line(2, each)), Map.of(1L, a, 2L, b), NOW);

        assertThat(decision.outcome())
                .isEqualTo(new ReservationOutcome.Rejected(order, StockRejectionReason.ORDER_TOO_LARGE, null));
        assertThat(a.stock()).isEqualTo(each);
    }

    @Test
    void a_release_gives_back_exactly_what_was_reserved_and_only_once() {
        var keyboard = product(1, 30_000, 5);
        var reservation = Reservation.decide(order, List.of(line(1, 4)), Map.of(1L, keyboard), NOW).reservation();
        assertThat(keyboard.stock()).isEqualTo(1);

        assertThat(reservation.release(Map.of(1L, keyboard), NOW)).isEqualTo(ReleaseOutcome.RELEASED);
        assertThat(keyboard.stock()).isEqualTo(5);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);

        assertThat(reservation.release(Map.of(1L, keyboard), NOW)).isEqualTo(ReleaseOutcome.ALREADY_RELEASED);
        assertThat(keyboard.stock()).isEqualTo(5);
    }

    @Test
    void releasing_a_rejected_order_gives_nothing_back() {
        var keyboard = product(1, 30_000, 1);
        var rejected = Reservation.decide(order, List.of(line(1, 2)), Map.of(1L, keyboard), NOW).reservation();

        assertThat(rejected.release(Map.of(1L, keyboard), NOW)).isEqualTo(ReleaseOutcome.NOTHING_RESERVED);
        assertThat(keyboard.stock()).isEqualTo(1);
    }

    @Test
    void an_order_that_failed_before_it_was_decided_is_remembered_as_released() {
        var tombstone = Reservation.releasedBeforeDecided(order, NOW);

        assertThat(tombstone.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(tombstone.lines()).isEmpty();
    }
}
