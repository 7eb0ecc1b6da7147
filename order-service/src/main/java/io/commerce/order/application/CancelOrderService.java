package io.commerce.order.application;

import io.commerce.order.application.port.in.CancelOrderUseCase;
import io.commerce.order.application.port.out.OrderEvents;
import io.commerce.order.application.port.out.OrderMetrics;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderNotFoundException;
import io.commerce.order.domain.OrderPolicy;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CancelOrderService implements CancelOrderUseCase {

    private static final Logger log = LoggerFactory.getLogger(CancelOrderService.class);

    private final OrderRepository orders;
    private final OrderEvents events;
    private final OrderMetrics metrics;
    private final OrderPolicy policy;
    private final Clock clock;

    public CancelOrderService(OrderRepository orders, OrderEvents events, OrderMetrics metrics, OrderPolicy policy,
            Clock clock) {
        this.orders = orders;
        this.events = events;
        this.metrics = metrics;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order cancel(String memberId, UUID orderId) {
        var order = orders.lock(orderId).filter(o -> o.belongsTo(memberId)).orElseThrow(OrderNotFoundException::new);
        order.cancel(clock.instant(), policy.cancellationWindow());
        orders.save(order);
        events.cancelled(order);
        metrics.cancelled();
        log.info("Order {} cancelled by member {}", order.id(), memberId);
        return order;
    }
}
