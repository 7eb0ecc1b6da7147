package io.commerce.order.adapter.out.messaging;

import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderLine;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.order.application.port.out.OrderEvents;
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
                order.couponId()));
    }

    @Override
    public void paymentRequested(Order order, long amount) {
        publisher.publish(new PaymentRequested(order.id(), order.memberId(), amount));
    }

    @Override
    public void completed(Order order) {
        publisher.publish(new OrderCompleted(order.id(), order.memberId(),
                order.lines().stream().map(l -> new PricedLine(l.productId(), l.quantity(), l.unitPrice())).toList(),
                order.subtotal(), order.discount(), order.paidAmount(), order.completedAt()));
    }

    @Override
    public void failed(Order order, String reason) {
        publisher.publish(new OrderFailed(order.id(), order.memberId(), reason));
    }
}
