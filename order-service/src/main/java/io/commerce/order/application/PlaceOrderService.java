package io.commerce.order.application;

import io.commerce.order.application.port.in.PlaceOrderUseCase;
import io.commerce.order.application.port.out.OrderEvents;
import io.commerce.order.application.port.out.OrderMetrics;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.IdempotencyKeyReusedException;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderPolicy;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

@Service
public class PlaceOrderService implements PlaceOrderUseCase {

    private static final Logger log = LoggerFactory.getLogger(PlaceOrderService.class);

    private final OrderRepository orders;
    private final OrderEvents events;
    private final OrderMetrics metrics;
    private final OrderPolicy policy;
    private final OrderAdmission admission;
    private final TransactionOperations transactions;
    private final Clock clock;

    public PlaceOrderService(OrderRepository orders, OrderEvents events, OrderMetrics metrics, OrderPolicy policy,
            OrderAdmission admission, TransactionOperations transactions, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.metrics = metrics;
        this.policy = policy;
        this.admission = admission;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Refuses under a backlog before anything else: no transaction, no pooled connection, no query, so a refusal
     * costs next to nothing while the service is saturated. A retry whose order exists is refused too, and answered
     * with its order when it asks again after the backlog.
     */
    @Override
    public PlacedOrder place(PlaceOrderCommand command) {
        // an invalid request is refused as invalid, whatever key it carries
        policy.check(command.lines());
        admission.admit();
        return transactions.execute(status -> placeOrReplay(command));
    }

    private PlacedOrder placeOrReplay(PlaceOrderCommand command) {
        if (command.idempotencyKey() != null) {
            var earlier = orders.findByIdempotencyKey(command.memberId(), command.idempotencyKey());
            if (earlier.isPresent()) {
                if (!earlier.get().isSameRequestAs(command.lines(), command.couponId())) {
                    throw new IdempotencyKeyReusedException();
                }
                log.info("Order {} replayed for a retried Idempotency-Key", earlier.get().id());
                return new PlacedOrder(earlier.get(), true);
            }
        }
        var order = Order.place(UUID.randomUUID(), command.memberId(), command.lines(), command.couponId(),
                command.idempotencyKey(), policy, clock.instant());
        orders.add(order);
        events.placed(order);
        metrics.placed();
        log.debug("Order {} placed by member {}: {} line(s), coupon {}", order.id(), order.memberId(),
                order.lines().size(), command.couponId());
        return new PlacedOrder(order, false);
    }
}
