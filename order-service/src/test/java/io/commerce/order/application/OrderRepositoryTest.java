package io.commerce.order.application;

import static io.commerce.order.domain.OrderBuilder.anOrder;
import static io.commerce.order.domain.OrderFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.core.PageRequest;
import io.commerce.contracts.pricing.Discount;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderBuilder;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An order comes back from the real database in the state it was stored in, whichever state that is. */
@OrderApplicationTest
class OrderRepositoryTest {

    private OrderRows orders;
    private OrderRepository repository;
    private TransactionTemplate transactions;
    private JdbcTemplate jdbc;

    @BeforeEach
    void onTheRealDatabase(@Autowired OrderRepository repository, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        orders = new OrderRows(repository, jdbc, transactions);
    }

    static Stream<Arguments> ordersInEveryState() {
        return Stream.of(
                Arguments.of("placed", anOrder()),
                Arguments.of("placed with a coupon and a key", anOrder().withCoupon(7).withKey("k-1")),
                Arguments.of("stock reserved, waiting for the coupon", anOrder().withCoupon(7).stockReserved()),
                Arguments.of("a capped percentage applied, waiting for stock",
                        anOrder().withCoupon(7).couponApplied(Discount.percentage(15, 600L))),
                Arguments.of("payment requested with an uncapped percentage",
                        anOrder().withCoupon(7).couponApplied(Discount.percentage(10)).paymentRequested()),
                Arguments.of("completed with a fixed discount",
                        anOrder().withCoupon(7).couponApplied(Discount.fixed(700)).completedAt(NOW.plusSeconds(4))),
                Arguments.of("failed before anything was reserved", anOrder().failed(Failure.outOfStock("X", 2L))),
                Arguments.of("failed after payment was requested",
                        anOrder().paymentRequested().failed(Failure.insufficientBalance(), NOW.plusSeconds(2))),
                Arguments.of("cancelled", anOrder().withCoupon(7).cancelled()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordersInEveryState")
    void an_order_is_read_back_as_it_was_stored(String what, OrderBuilder builder) {
        var order = builder.build();
        orders.holding(order);

        assertSameOrder(orders.get(order.id()), order);
    }

    @Test
    void an_order_saved_after_each_step_of_its_saga_is_read_back_as_it_was_saved() {
        var order = anOrder().withCoupon(7).build();
        orders.holding(order);
        var completed = anOrder().withId(order.id()).withCoupon(7).completedAt(NOW.plusSeconds(3)).build();

        transactions.executeWithoutResult(status -> {
            repository.lock(order.id()).orElseThrow();
            repository.save(completed);
        });

        assertSameOrder(orders.get(order.id()), completed);
    }

    /**
     * Two replies to one order at once: the second waits for the first's row lock and must then read the order
     * as the first committed it, lines included, not a mix of the new row and the old lines.
     */
    @Test
    void a_reply_that_waits_for_the_order_lock_reads_the_order_as_the_holder_committed_it() throws Exception {
        var order = anOrder().build();
        orders.holding(order);
        var reserved = anOrder().withId(order.id()).stockReserved().build();
        var saved = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        try (var replies = Executors.newFixedThreadPool(2)) {
            var first = replies.submit(() -> transactions.executeWithoutResult(status -> {
                repository.lock(order.id()).orElseThrow();
                repository.save(reserved);
                saved.countDown();
                awaitLatch(commit);
            }));
            assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();
            var second = replies.submit(() -> transactions.execute(status -> repository.lock(order.id()).orElseThrow()));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from pg_locks where not granted", Integer.class) > 0);
            commit.countDown();
            first.get(30, TimeUnit.SECONDS);

            assertSameOrder(second.get(30, TimeUnit.SECONDS), reserved);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_members_orders_come_newest_first_a_page_at_a_time_with_the_total_on_every_page() {
        var member = "member-" + UUID.randomUUID();
        var placed = IntStream.range(0, 5)
                .mapToObj(i -> anOrder().by(member).placedAt(NOW.plusSeconds(i)).build()).toList();
        placed.forEach(orders::holding);
        orders.holding(anOrder().by("member-" + UUID.randomUUID()).build());
        var newestFirst = placed.reversed().stream().map(Order::id).toList();

        for (int page = 0; page <= 3; page++) {
            var read = repository.page(member, PageRequest.of(page, 2));
            assertThat(read.totalElements()).as("page %d", page).isEqualTo(5);
            assertThat(read.content()).extracting(Order::id)
                    .isEqualTo(newestFirst.subList(Math.min(2 * page, 5), Math.min(2 * page + 2, 5)));
        }
        assertThat(repository.page(member, PageRequest.of(0, 10)).content()).extracting(Order::id)
                .isEqualTo(newestFirst);
        assertThat(repository.page("member-" + UUID.randomUUID(), PageRequest.of(1, 2)).totalElements()).isZero();
    }

    private static void assertSameOrder(Order read, Order stored) {
        assertThat(read.state()).isEqualTo(stored.state());
        assertThat(read.lines()).isEqualTo(stored.lines());
        assertThat(read.memberId()).isEqualTo(stored.memberId());
        assertThat(read.couponId()).isEqualTo(stored.couponId());
        assertThat(read.idempotencyKey()).isEqualTo(stored.idempotencyKey());
        assertThat(read.placedAt()).isEqualTo(stored.placedAt());
        assertThat(read.deadline()).isEqualTo(stored.deadline());
    }
}
