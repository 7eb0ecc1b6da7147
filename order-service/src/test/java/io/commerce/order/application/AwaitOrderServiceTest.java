package io.commerce.order.application;

import static io.commerce.order.domain.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.commerce.localstack.Transactional;
import io.commerce.order.OrderProperties;
import io.commerce.order.adapter.out.persistence.PostgresOrderSettlements;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.application.port.out.OrderSettlements;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderLine;
import io.commerce.order.domain.OrderNotFoundException;
import io.commerce.order.domain.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Waiting for an order's saga to end, on the real database and its real announcements. The waits asked for are
 * long (a minute); each test bounds how long it accepts to wait far below that, so an answer that came only
 * because the wait ran out fails the test.
 */
@OrderApplicationTest
class AwaitOrderServiceTest {

    private static final Duration LONG_WAIT = Duration.ofMinutes(1);
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(15);

    @Autowired
    PostgresOrderSettlements settlements;
    @Autowired
    OrderProperties properties;

    private AwaitOrderService service;
    private OrderRows orders;
    private JdbcTemplate jdbc;
    private OrderRepository repository;
    private TransactionTemplate transactions;

    @BeforeEach
    void onTheRealDatabase(@Autowired OrderRepository repository, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        orders = new OrderRows(repository, jdbc, transactions);
        service = new AwaitOrderService(Transactional.around(new OrderQueryService(repository), transactions),
                settlements);
        await().atMost(ANSWERED_WITHIN).until(settlements::listening);
    }

    private Order pendingOf(String member) {
        var order = anOrder().by(member).withLines(OrderLine.of(1, 1)).build();
        orders.holding(order);
        return order;
    }

    /** What the saga does when a participant refuses: the order leaves PENDING in a transaction of its own. */
    private void failInAnotherTransaction(UUID orderId) {
        transactions.executeWithoutResult(status -> {
            var order = repository.lock(orderId).orElseThrow();
            order.reject(Failure.insufficientBalance(), Instant.parse("2026-11-25T10:00:01Z"));
            repository.save(order);
        });
    }

    private CompletableFuture<Order> waitingFor(String member, UUID orderId) {
        return CompletableFuture.supplyAsync(() -> service.awaitSettled(member, orderId, LONG_WAIT),
                Executors.newVirtualThreadPerTaskExecutor());
    }

    @Test
    void a_pending_order_is_answered_as_soon_as_its_saga_ends() {
        var order = pendingOf("me");
        var answer = waitingFor("me", order.id());
        await().atMost(ANSWERED_WITHIN).until(() -> settlements.waiting() == 1);
        assertThat(answer).isNotDone();

        failInAnotherTransaction(order.id());

        assertThat(answer).succeedsWithin(ANSWERED_WITHIN)
                .satisfies(settled -> assertThat(settled.status()).isEqualTo(OrderStatus.FAILED));
        assertThat(settlements.waiting()).isZero();
    }

    @Test
    void a_settled_order_is_answered_at_once_and_nobody_waits() {
        var order = pendingOf("me");
        failInAnotherTransaction(order.id());

        assertThat(waitingFor("me", order.id())).succeedsWithin(ANSWERED_WITHIN)
                .satisfies(settled -> assertThat(settled.status()).isEqualTo(OrderStatus.FAILED));
        assertThat(settlements.waiting()).isZero();
    }

    @Test
    void a_wait_that_runs_out_answers_the_order_still_pending() {
        var order = pendingOf("me");

        assertThat(service.awaitSettled("me", order.id(), Duration.ofMillis(200)).status())
                .isEqualTo(OrderStatus.PENDING);
        assertThat(settlements.waiting()).isZero();
    }

    @Test
    void another_members_order_is_not_found_and_not_waited_for() {
        var theirs = pendingOf("them");

        assertThatThrownBy(() -> service.awaitSettled("me", theirs.id(), LONG_WAIT))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> service.awaitSettled("me", UUID.randomUUID(), LONG_WAIT))
                .isInstanceOf(OrderNotFoundException.class);
        assertThat(settlements.waiting()).isZero();
    }

    @Test
    void when_as_many_wait_as_allowed_the_next_is_answered_at_once() {
        var order = pendingOf("me");
        var taken = new ArrayList<OrderSettlements.Watch>();
        try {
            for (var watch = settlements.watch(UUID.randomUUID()); watch.isPresent();
                    watch = settlements.watch(UUID.randomUUID())) {
                taken.add(watch.get());
            }
            assertThat(taken).hasSize(properties.statusWait().maxWaiters());

            assertThat(waitingFor("me", order.id())).succeedsWithin(ANSWERED_WITHIN)
                    .satisfies(now -> assertThat(now.status()).isEqualTo(OrderStatus.PENDING));
        } finally {
            taken.forEach(OrderSettlements.Watch::close);
        }
        assertThat(settlements.waiting()).isZero();
    }

    @Test
    void a_change_that_rolls_back_announces_nothing() {
        var rolledBack = pendingOf("me");
        var marker = pendingOf("me");
        try (var unsettled = settlements.watch(rolledBack.id()).orElseThrow();
             var settled = settlements.watch(marker.id()).orElseThrow()) {
            transactions.executeWithoutResult(status -> {
                var order = repository.lock(rolledBack.id()).orElseThrow();
                order.reject(Failure.insufficientBalance(), Instant.parse("2026-11-25T10:00:01Z"));
                repository.save(order);
                status.setRollbackOnly();
            });
            failInAnotherTransaction(marker.id());

            // announcements arrive in commit order on one connection: once the marker's is here, any other is too
            assertThat(settled.await(ANSWERED_WITHIN)).isTrue();
            assertThat(unsettled.await(Duration.ZERO)).isFalse();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(orders.get(rolledBack.id()).status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_lost_listening_connection_is_replaced_and_waits_are_answered_again() {
        Integer listener = listenerPid();
        jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, listener);
        await().atMost(ANSWERED_WITHIN).until(() -> {
            var now = listenerPid();
            return now != null && !now.equals(listener) && settlements.listening();
        });

        var order = pendingOf("me");
        var answer = waitingFor("me", order.id());
        await().atMost(ANSWERED_WITHIN).until(() -> settlements.waiting() == 1);
        failInAnotherTransaction(order.id());

        assertThat(answer).succeedsWithin(ANSWERED_WITHIN)
                .satisfies(settled -> assertThat(settled.status()).isEqualTo(OrderStatus.FAILED));
    }

    private Integer listenerPid() {
        return jdbc.query("select pid from pg_stat_activity where datname = current_database() and application_name = ?",
                rs -> rs.next() ? rs.getInt(1) : null, "order-settlements");
    }
}
