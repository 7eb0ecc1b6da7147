package io.commerce.order.adapter.out.messaging;

import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.OrderLine;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.order.application.port.out.OrderEvents;
import io.commerce.order.domain.FailureReason;
import io.commerce.order.domain.Order;
import io.commerce.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

@Component
class OrderEventsAdapter implements OrderEvents {

    private final IntegrationEventPublisher publisher;

    OrderEventsAdapter(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void placed(Order order) {
        publisher.publish(new OrderPlaced(order.id(), order.memberId(),
                order.lines().stream().map(l -> new OrderLine(l.productId(), l.quantity())).toList(),
                order.couponId().orElse(null)));
    }

    @Override
    public void paymentRequested(Order order, long amount) {
        publisher.publish(new PaymentRequested(order.id(), order.memberId(), amount));
    }

    @Override
    public void completed(Order order) {
        var completed = order.state().completion()
                .orElseThrow(() -> new IllegalStateException("order " + order.id() + " is " + order.status()));
        publisher.publish(new OrderCompleted(order.id(), order.memberId(),
                order.lines().stream().map(l -> new PricedLine(l.productId(), l.quantity(), l.unitPrice())).toList(),
                completed.subtotal(), completed.discount(), completed.paidAmount(), completed.completedAt()));
    }

    @Override
    public void failed(Order order, FailureReason reason) {
        publisher.publish(new OrderFailed(order.id(), order.memberId(), wireReason(reason)));
    }

    @Override
    public void cancelled(Order order) {
        publisher.publish(new OrderFailed(order.id(), order.memberId(), OrderFailureReason.CANCELLED));
    }

    /** The order's reasons are the contract's, by name; a reason added to either does not compile until mapped. */
    static OrderFailureReason wireReason(FailureReason reason) {
        return switch (reason) {
            case OUT_OF_STOCK -> OrderFailureReason.OUT_OF_STOCK;
            case PRODUCT_NOT_FOUND -> OrderFailureReason.PRODUCT_NOT_FOUND;
            case COUPON_REJECTED -> OrderFailureReason.COUPON_REJECTED;
            case INSUFFICIENT_BALANCE -> OrderFailureReason.INSUFFICIENT_BALANCE;
            case PAYMENT_REJECTED -> OrderFailureReason.PAYMENT_REJECTED;
            case TIMEOUT -> OrderFailureReason.TIMEOUT;
        };
    }
}
