package io.commerce.product.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.localstack.LocalStackTest;
import io.commerce.product.application.port.in.CreateProductUseCase;
import io.commerce.product.application.port.in.CreateProductUseCase.CreateProductCommand;
import io.commerce.product.application.port.in.GetProductQuery;
import io.commerce.product.application.port.in.ReleaseStockUseCase;
import io.commerce.product.application.port.in.ReserveStockUseCase;
import io.commerce.product.application.port.in.ReserveStockUseCase.ReserveStockCommand;
import io.commerce.product.domain.ReleaseOutcome;
import io.commerce.product.domain.RequestedLine;
import io.commerce.product.domain.ReservationOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reservations racing on the real PostgreSQL: exact totals, no deadlock, one decision per order. */
@LocalStackTest
class StockReservationConcurrencyTest {

    @Autowired
    ReserveStockUseCase reserveStock;
    @Autowired
    ReleaseStockUseCase releaseStock;
    @Autowired
    CreateProductUseCase createProduct;
    @Autowired
    GetProductQuery getProduct;
    @Autowired
    JdbcTemplate jdbc;

    private long aProductWithStock(long stock) {
        return createProduct.create(new CreateProductCommand("Product " + UUID.randomUUID(), 1_000, stock)).id();
    }

    private long stockOf(long productId) {
        return getProduct.get(productId).stock();
    }

    private static ReserveStockCommand order(UUID orderId, RequestedLine... lines) {
        return new ReserveStockCommand(orderId, List.of(lines));
    }

    /** Runs every task at once (behind a start gate) and returns what each returned or threw. */
    private static <T> List<Future<T>> allAtOnce(List<Callable<T>> tasks) throws InterruptedException {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var futures = new ArrayList<Future<T>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).as("all tasks finished").isTrue();
            return futures;
        }
    }

    private static <T> T valueOf(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException | InterruptedException e) {
            throw new AssertionError("a task failed: " + e.getCause(), e);
        }
    }

    @Test
    void two_hundred_orders_for_one_unit_against_a_stock_of_fifty_reserve_exactly_fifty() throws Exception {
        long product = aProductWithStock(50);
        var tasks = new ArrayList<Callable<ReservationOutcome>>();
        for (int i = 0; i < 200; i++) {
            tasks.add(() -> reserveStock.reserve(order(UUID.randomUUID(), new RequestedLine(product, 1))));
        }

        var outcomes = allAtOnce(tasks).stream().map(StockReservationConcurrencyTest::valueOf).toList();

        assertThat(outcomes).filteredOn(o -> o instanceof ReservationOutcome.Reserved).hasSize(50);
        assertThat(outcomes).filteredOn(o -> o instanceof ReservationOutcome.Rejected).hasSize(150)
                .allSatisfy(o -> assertThat(o).isEqualTo(
                        new ReservationOutcome.Rejected(o.orderId(), StockRejectionReason.OUT_OF_STOCK, product)));
        assertThat(stockOf(product)).isZero();
        var orderIds = outcomes.stream().map(ReservationOutcome::orderId).toList();
        assertThat(jdbc.queryForObject("""
                select count(*) from stock_reservation_line where product_id = ?""", Long.class, product))
                .isEqualTo(50);
        assertThat(orderIds).doesNotHaveDuplicates().hasSize(200);
    }

    @Test
    void orders_locking_the_same_two_products_in_opposite_line_order_all_finish() throws Exception {
        long a = aProductWithStock(100);
        long b = aProductWithStock(100);
        var tasks = new ArrayList<Callable<ReservationOutcome>>();
        for (int i = 0; i < 40; i++) {
            var lines = i % 2 == 0
                    ? new RequestedLine[] {new RequestedLine(a, 1), new RequestedLine(b, 1)}
                    : new RequestedLine[] {new RequestedLine(b, 1), new RequestedLine(a, 1)};
            tasks.add(() -> reserveStock.reserve(order(UUID.randomUUID(), lines)));
        }

        var outcomes = allAtOnce(tasks).stream().map(StockReservationConcurrencyTest::valueOf).toList();

        assertThat(outcomes).hasSize(40).allMatch(o -> o instanceof ReservationOutcome.Reserved);
        assertThat(stockOf(a)).isEqualTo(60);
        assertThat(stockOf(b)).isEqualTo(60);
    }

    @Test
    void a_release_restores_exactly_what_was_reserved_and_a_second_release_changes_nothing() {
        long a = aProductWithStock(10);
        long b = aProductWithStock(10);
        var orderId = UUID.randomUUID();
        reserveStock.reserve(order(orderId, new RequestedLine(a, 3), new RequestedLine(b, 2), new RequestedLine(a, 1)));
        assertThat(stockOf(a)).isEqualTo(6);
        assertThat(stockOf(b)).isEqualTo(8);

        assertThat(releaseStock.release(orderId)).isEqualTo(ReleaseOutcome.RELEASED);
        assertThat(stockOf(a)).isEqualTo(10);
        assertThat(stockOf(b)).isEqualTo(10);

        assertThat(releaseStock.release(orderId)).isEqualTo(ReleaseOutcome.ALREADY_RELEASED);
        assertThat(stockOf(a)).isEqualTo(10);
        assertThat(stockOf(b)).isEqualTo(10);
    }

    @Test
    void ten_simultaneous_releases_of_one_order_give_the_stock_back_once() throws Exception {
        long a = aProductWithStock(10);
        var orderId = UUID.randomUUID();
        reserveStock.reserve(order(orderId, new RequestedLine(a, 4)));
        var tasks = new ArrayList<Callable<ReleaseOutcome>>();
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> releaseStock.release(orderId));
        }

        var outcomes = allAtOnce(tasks).stream().map(StockReservationConcurrencyTest::valueOf).toList();

        assertThat(outcomes).filteredOn(o -> o == ReleaseOutcome.RELEASED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o == ReleaseOutcome.ALREADY_RELEASED).hasSize(9);
        assertThat(stockOf(a)).isEqualTo(10);
    }

    @Test
    void a_duplicated_OrderPlaced_reserves_once() {
        long a = aProductWithStock(10);
        var orderId = UUID.randomUUID();

        var first = reserveStock.reserve(order(orderId, new RequestedLine(a, 2)));
        var second = reserveStock.reserve(order(orderId, new RequestedLine(a, 2)));

        assertThat(first).isInstanceOf(ReservationOutcome.Reserved.class);
        assertThat(second).isInstanceOf(ReservationOutcome.AlreadyDecided.class);
        assertThat(stockOf(a)).isEqualTo(8);
    }

    @Test
    void the_same_order_decided_by_ten_threads_at_once_reserves_once() throws Exception {
        long a = aProductWithStock(10);
        var orderId = UUID.randomUUID();
        var tasks = new ArrayList<Callable<ReservationOutcome>>();
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> reserveStock.reserve(order(orderId, new RequestedLine(a, 2))));
        }

        var futures = allAtOnce(tasks);

        // The losers either saw the decision or collided with it on the order id and rolled back (the listener
        // would retry them and then see the decision).
        var reserved = futures.stream().filter(f -> {
            try {
                return f.get() instanceof ReservationOutcome.Reserved;
            } catch (ExecutionException | InterruptedException collided) {
                return false;
            }
        }).count();
        assertThat(reserved).isEqualTo(1);
        assertThat(stockOf(a)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from stock_reservation where order_id = ?", Long.class, orderId))
                .isEqualTo(1);
    }
}
