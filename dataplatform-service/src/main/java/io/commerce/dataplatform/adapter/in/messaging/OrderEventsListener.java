package io.commerce.dataplatform.adapter.in.messaging;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.dataplatform.application.port.in.RecordCompletedOrderUseCase;
import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.SoldLine;
import io.commerce.platform.messaging.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Completed orders feed the sales counts; every other order event is someone else's. */
@Component
class OrderEventsListener {

    private final IdempotentConsumer consumer;
    private final RecordCompletedOrderUseCase recordCompletedOrder;

    OrderEventsListener(IdempotentConsumer consumer, RecordCompletedOrderUseCase recordCompletedOrder) {
        this.consumer = consumer;
        this.recordCompletedOrder = recordCompletedOrder;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    void on(EventEnvelope<?> envelope) {
        consumer.handle(envelope, event -> {
            if (event instanceof OrderCompleted completed) {
                recordCompletedOrder.record(toOrder(completed));
            }
        });
    }

    private static CompletedOrder toOrder(OrderCompleted event) {
        return new CompletedOrder(event.orderId(), event.userId(),
                event.lines().stream().map(l -> new SoldLine(l.productId(), l.quantity(), l.unitPrice())).toList(),
                event.subtotal(), event.discount(), event.paidAmount(), event.completedAt());
    }
}
