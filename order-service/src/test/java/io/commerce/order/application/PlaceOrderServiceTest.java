package io.commerce.order.application;

import static io.commerce.order.domain.OrderFixtures.NOW;
import static io.commerce.order.domain.OrderFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.localstack.MutableClock;
import io.commerce.order.application.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.IdempotencyKeyReusedException;
import io.commerce.order.domain.InvalidOrderException;
import io.commerce.order.domain.OrderLine;
import io.commerce.order.domain.OrderStatus;
import io.commerce.order.application.OrdersBackloggedException;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
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

@OrderApplicationTest
class PlaceOrderServiceTest {

    private final RecordingOrderEvents events = new RecordingOrderEvents();
    private final CountingOrderMetrics metrics = new CountingOrderMetrics();
    private final MutableClock clock = new MutableClock(NOW);
    private PlaceOrderService service;
    private OrderRows orders;
    private JdbcTemplate jdbc;

    @BeforeEach
    void onTheRealDatabase(@Autowired OrderRepository repository, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        orders = new OrderRows(repository, jdbc, transactions);
        var admission = new OrderAdmission(repository, metrics, clock, POLICY.sagaDeadline(), BACKLOG, SAMPLE_EVERY,
                Duration.ofSeconds(2));
        service = new PlaceOrderService(repository, events, metrics, POLICY, admission,
                new TransactionTemplate(transactions), clock);
    }

    private static final Duration BACKLOG = Duration.ofSeconds(3);
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(100);

    private static PlaceOrderCommand command(String member, IdempotencyKey key, OrderLine... lines) {
        return new PlaceOrderCommand(member, List.of(lines), 7L, key);
    }

    @Test
    void a_placed_order_is_stored_pending_and_announced() {
        var placed = service.place(command("m", null, OrderLine.of(1, 2)));

        assertThat(placed.replayed()).isFalse();
        assertThat(orders.get(placed.order().id()).status()).isEqualTo(OrderStatus.PENDING);
        assertThat(orders.get(placed.order().id()).couponId()).contains(7L);
        assertThat(orders.get(placed.order().id()).deadline()).isEqualTo(NOW.plus(POLICY.sagaDeadline()));
        assertThat(events.published).containsExactly("placed " + placed.order().id());
        assertThat(metrics.recorded).containsExactly("placed");
    }

    @Test
    void the_same_key_and_request_returns_the_first_order_without_placing_another() {
        var key = new IdempotencyKey("k-1");
        var first = service.place(command("m", key, OrderLine.of(1, 2), OrderLine.of(2, 1)));

        var retry = service.place(command("m", key, OrderLine.of(2, 1), OrderLine.of(1, 2)));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.order().id()).isEqualTo(first.order().id());
        assertThat(orders.all()).hasSize(1);
        assertThat(events.published).hasSize(1);
        assertThat(metrics.recorded).containsExactly("placed");
    }

    @Test
    void the_same_key_for_another_request_is_a_conflict_and_places_nothing() {
        var key = new IdempotencyKey("k-1");
        service.place(command("m", key, OrderLine.of(1, 2)));

        assertThatThrownBy(() -> service.place(command("m", key, OrderLine.of(1, 3))))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(orders.all()).hasSize(1);
    }

    @Test
    void keys_belong_to_one_member() {
        var key = new IdempotencyKey("shared");
        service.place(command("a", key, OrderLine.of(1, 2)));

        assertThat(service.place(command("b", key, OrderLine.of(1, 2))).replayed()).isFalse();
        assertThat(orders.all()).hasSize(2);
    }

    /** Every rule of the order policy, as the service meets it, and the code a client sees for it. */
    static Stream<Arguments> requestsThePolicyRefuses() {
        var lines = LongStream.rangeClosed(1, POLICY.maxLines() + 1).mapToObj(p -> OrderLine.of(p, 1)).toList();
        return Stream.of(
                Arguments.of("NO_LINES", List.of(), 7L),
                Arguments.of("TOO_MANY_LINES", lines, 7L),
                Arguments.of("QUANTITY_TOO_LARGE", List.of(OrderLine.of(1, POLICY.maxQuantity() + 1)), 7L),
                Arguments.of("DUPLICATE_PRODUCT", List.of(OrderLine.of(1, 1), OrderLine.of(1, 2)), 7L),
                Arguments.of("INVALID_COUPON", List.of(OrderLine.of(1, 1)), 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsThePolicyRefuses")
    void an_invalid_order_is_refused_with_the_policys_code_and_announces_nothing(String code, List<OrderLine> lines,
            Long couponId) {
        assertThatThrownBy(() -> service.place(new PlaceOrderCommand("m", lines, couponId, null)))
                .isInstanceOf(InvalidOrderException.class).hasFieldOrPropertyWithValue("code", code);
        assertThat(orders.all()).isEmpty();
        assertThat(events.published).isEmpty();
        assertThat(metrics.recorded).isEmpty();
    }

    @Test
    void the_largest_order_the_policy_allows_is_placed() {
        var lines = LongStream.rangeClosed(1, POLICY.maxLines()).mapToObj(p -> OrderLine.of(p, POLICY.maxQuantity()))
                .toList();

        var placed = service.place(new PlaceOrderCommand("m", lines, null, null));

        assertThat(orders.get(placed.order().id()).lines()).hasSize(POLICY.maxLines());
    }

    @Test
    void an_invalid_request_is_refused_as_invalid_even_with_a_key_that_placed_an_order() {
        var key = new IdempotencyKey("k-1");
        var first = service.place(command("m", key, OrderLine.of(1, 1)));

        assertThatThrownBy(() -> service.place(command("m", key, OrderLine.of(1, 1), OrderLine.of(1, 2))))
                .isInstanceOf(InvalidOrderException.class).hasFieldOrPropertyWithValue("code", "DUPLICATE_PRODUCT");
        assertThat(orders.all()).extracting(order -> order.id()).containsExactly(first.order().id());
        assertThat(events.published).hasSize(1);
    }

    @Test
    void while_the_oldest_pending_order_is_older_than_the_admitted_backlog_a_new_order_is_refused_and_nothing_stored() {
        var key = new IdempotencyKey("k-1");
        var stuck = service.place(command("m", key, OrderLine.of(1, 1)));
        clock.advance(BACKLOG);
        assertThat(service.place(command("n", null, OrderLine.of(1, 1))).replayed())
                .as("exactly the admitted age still passes").isFalse();

        clock.advance(SAMPLE_EVERY.plusMillis(1));

        assertThatThrownBy(() -> service.place(command("o", new IdempotencyKey("k-2"), OrderLine.of(1, 1))))
                .isInstanceOf(OrdersBackloggedException.class)
                .hasFieldOrPropertyWithValue("code", "ORDERS_BACKLOGGED")
                .hasFieldOrPropertyWithValue("retryAfter", Duration.ofSeconds(2));
        assertThat(orders.all()).hasSize(2);
        assertThat(events.published).hasSize(2);
        assertThat(metrics.recorded).containsExactly("placed", "placed", "refused");
        assertThatThrownBy(() -> service.place(command("m", key, OrderLine.of(1, 1))))
                .as("refused before the key is looked up: a refusal takes no connection")
                .isInstanceOf(OrdersBackloggedException.class);

        jdbc.update("update orders set status = 'FAILED', failure_reason = 'TIMEOUT', failed_at = now() where id = ?",
                stuck.order().id());
        assertThatThrownBy(() -> service.place(command("o", new IdempotencyKey("k-2"), OrderLine.of(1, 1))))
                .as("the age read last holds for a sampling period").isInstanceOf(OrdersBackloggedException.class);
        clock.advance(SAMPLE_EVERY);
        assertThat(service.place(command("o", new IdempotencyKey("k-2"), OrderLine.of(1, 1))).replayed())
                .as("the oldest pending order is now young").isFalse();
        assertThat(service.place(command("m", key, OrderLine.of(1, 1))).replayed())
                .as("the refused retry, asked again, gets its order").isTrue();
        assertThat(orders.all()).hasSize(3);
    }
}
