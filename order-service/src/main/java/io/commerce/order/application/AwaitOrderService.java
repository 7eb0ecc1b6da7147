package io.commerce.order.application;

import io.commerce.order.application.port.in.AwaitOrderQuery;
import io.commerce.order.application.port.in.GetOrderQuery;
import io.commerce.order.application.port.out.OrderSettlements;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderStatus;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Waits for an order's saga to end without holding a transaction or a database connection meanwhile: each read
 * is a short transaction of {@link GetOrderQuery}, and the wait in between is on {@link OrderSettlements}.
 */
@Service
public class AwaitOrderService implements AwaitOrderQuery {

    private final GetOrderQuery orders;
    private final OrderSettlements settlements;

    public AwaitOrderService(GetOrderQuery orders, OrderSettlements settlements) {
        this.orders = orders;
        this.settlements = settlements;
    }

    @Override
    public Order awaitSettled(String memberId, UUID orderId, Duration atMost) {
        var order = orders.orderOf(memberId, orderId);
        if (settled(order) || atMost.isZero() || atMost.isNegative()) {
            return order;
        }
        var watch = settlements.watch(orderId);
        if (watch.isEmpty()) {
            return order; // too many waiting: answer now, and the client asks again
        }
        try (var settlement = watch.get()) {
            long deadline = System.nanoTime() + atMost.toNanos();
            // read again once listening: a settlement announced between the first read and the watch is not lost
            order = orders.orderOf(memberId, orderId);
            while (!settled(order)) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !settlement.await(Duration.ofNanos(left))) {
                    return orders.orderOf(memberId, orderId);
                }
                order = orders.orderOf(memberId, orderId);
            }
            return order;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return orders.orderOf(memberId, orderId);
        }
    }

    private static boolean settled(Order order) {
        return order.status() != OrderStatus.PENDING;
    }
}
