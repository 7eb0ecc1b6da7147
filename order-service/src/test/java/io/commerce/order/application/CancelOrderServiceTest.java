package io.commerce.order.application;

import io.commerce.localstack.MutableClock;
import static io.commerce.order.domain.OrderFixtures.NOW;
import static io.commerce.order.domain.OrderFixtures.POLICY;
import static io.commerce.order.domain.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderNotCancellableException;
import io.commerce.order.domain.OrderNotFoundException;
import io.commerce.order.domain.OrderState;
import io.commerce.order.domain.OrderStatus;
import java.time.Duration;
import io.commerce.localstack.Transactional;
import io.commerce.order.application.port.out.OrderRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@OrderApplicationTest
class CancelOrderServiceTest {

    private final RecordingOrderEvents events = new RecordingOrderEvents();
    private final CountingOrderMetrics metrics = new CountingOrderMetrics();
    private final MutableClock clock = new MutableClock(NOW);
    private CancelOrderService service;
    private OrderRows orders;

    @BeforeEach
    void onTheRealDatabase(@Autowired OrderRepository repository, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        orders = new OrderRows(repository, jdbc, transactions);
        service = Transactional.around(new CancelOrderService(repository, events, metrics, POLICY, clock), transactions);
    }

    private Order completed() {
        var order = anOrder().completed().build();
        orders.holding(order);
        return order;
    }

    @Test
    void a_completed_order_cancelled_in_time_announces_order_failed_cancelled() {
        var order = completed();
        clock.advance(Duration.ofHours(23));

        var cancelled = service.cancel("member", order.id());

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.get(order.id()).state()).isEqualTo(new OrderState.Cancelled(
                (OrderState.Completed) order.state(), NOW.plus(Duration.ofHours(23))));
        // the compensation trigger of a cancellation: OrderFailed(CANCELLED), see OrderEventsAdapterTest
        assertThat(events.published).containsExactly("cancelled " + order.id());
        assertThat(metrics.recorded).containsExactly("cancelled");
    }

    @Test
    void a_late_cancellation_is_refused_and_announces_nothing() {
        var order = completed();
        clock.advance(Duration.ofHours(25));

        assertThatThrownBy(() -> service.cancel("member", order.id())).isInstanceOf(OrderNotCancellableException.class);
        assertThat(events.published).isEmpty();
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void another_members_order_is_not_found() {
        var order = completed();

        assertThatThrownBy(() -> service.cancel("intruder", order.id())).isInstanceOf(OrderNotFoundException.class);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void a_second_cancellation_is_refused() {
        var order = completed();
        service.cancel("member", order.id());

        assertThatThrownBy(() -> service.cancel("member", order.id())).isInstanceOf(OrderNotCancellableException.class);
        assertThat(events.published).hasSize(1);
    }
}
