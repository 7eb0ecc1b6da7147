package io.commerce.order.application;

import io.commerce.order.application.port.in.ExpireOverdueOrdersUseCase;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase;
import io.commerce.order.application.port.out.OrderEvents;
import io.commerce.order.application.port.out.OrderMetrics;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.SagaStep;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order's bookkeeping of the saga: every reply is applied to the locked order, and what the order says
 * happened is announced in the same transaction.
 */
@Service
public class OrderSagaService implements RecordSagaReplyUseCase, ExpireOverdueOrdersUseCase {

    private static final Logger log = LoggerFactory.getLogger(OrderSagaService.class);

    private final OrderRepository orders;
    private final OrderEvents events;
    private final OrderMetrics metrics;
    private final Clock clock;

    public OrderSagaService(OrderRepository orders, OrderEvents events, OrderMetrics metrics, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(SagaReply reply) {
        var found = orders.lock(reply.orderId());
        if (found.isEmpty()) {
            // an order is committed before OrderPlaced leaves the outbox, so no reply can overtake it
            log.warn("Order {} is unknown; ignoring {}", reply.orderId(), reply.getClass().getSimpleName());
            return;
        }
        var order = found.get();
        var now = clock.instant();
        var step = switch (reply) {
            case SagaReply.StockReserved r -> order.stockReserved(r.pricedLines(), r.subtotal());
            case SagaReply.StockRejected r -> order.reject(r.failure(), now);
            case SagaReply.CouponApplied r -> order.couponApplied(r.couponId(), r.discount());
            case SagaReply.CouponRejected r -> order.couponRejected(r.couponId(), r.reason(), now);
            case SagaReply.PaymentCompleted r -> order.paymentCompleted(r.amount(), now);
            case SagaReply.PaymentRejected r -> order.reject(r.failure(), now);
        };
        announce(order, step, reply.getClass().getSimpleName());
    }

    @Override
    @Transactional
    public int expireOverdue(int atMost) {
        var now = clock.instant();
        var overdue = orders.lockOverdue(now, atMost);
        for (var order : overdue) {
            announce(order, order.expire(now), "deadline");
        }
        return overdue.size();
    }

    private void announce(Order order, SagaStep step, String heard) {
        switch (step) {
            case SagaStep.Ignored ignored ->
                    log.info("Order {} ({}): {} changes nothing: {}", order.id(), order.status(), heard, ignored.why());
            case SagaStep.Waiting waiting -> {
                orders.save(order);
                log.debug("Order {}: {} recorded, waiting for {}", order.id(), heard, waiting.waitingFor());
            }
            case SagaStep.PaymentDue due -> {
                orders.save(order);
                events.paymentRequested(order, due.amount());
                log.debug("Order {}: {} recorded, requesting payment of {} (subtotal {}, discount {})", order.id(),
                        heard, due.amount(), order.progress().subtotal().orElseThrow(),
                        order.progress().discount().orElseThrow());
            }
            case SagaStep.Completed completed -> {
                orders.save(order);
                events.completed(order);
                metrics.completed(Duration.between(order.placedAt(), completed.at()));
                log.debug("Order {} completed: paid {}", order.id(), order.payable());
            }
            case SagaStep.Failed failed -> {
                orders.save(order);
                var reason = failed.failure().reason();
                events.failed(order, reason);
                metrics.failed(reason, Duration.between(order.placedAt(), failed.at()));
                log.info("Order {} failed on {}: {} {}", order.id(), heard, reason,
                        failed.failure().detail() == null ? "" : failed.failure().detail());
            }
            case SagaStep.Cancelled cancelled ->
                    throw new IllegalStateException("a saga reply never cancels order " + order.id());
        }
    }
}
