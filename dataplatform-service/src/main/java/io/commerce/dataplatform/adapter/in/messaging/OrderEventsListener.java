package io.commerce.dataplatform.adapter.in.messaging;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.dataplatform.application.port.in.RecordCancelledOrderUseCase;
import io.commerce.dataplatform.application.port.in.RecordCompletedOrderUseCase;
import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.SoldLine;
import io.commerce.platform.messaging.EventRoutes;
import io.commerce.platform.messaging.EventRoutes.Route;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Completed orders feed the sales counts and cancelled ones come off again; every other order event is someone else's. */
@Component
class OrderEventsListener {

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    OrderEventsListener(IdempotentConsumer consumer, RecordCompletedOrderUseCase recordCompletedOrder,
            RecordCancelledOrderUseCase recordCancelledOrder) {
        this.consumer = consumer;
        // other order events don't change what sold; a cancellation looks up what it takes back, alone
        this.routes = EventRoutes.of(
                Route.of(OrderCompleted.class, (OrderCompleted completed) ->
                                recordCompletedOrder.record(toOrder(completed)))
                        .locking("daily-sales", completed -> completed.lines().stream()
                                .map(PricedLine::productId).toList()),
                Route.of(OrderFailed.class, (OrderFailed failed) -> recordCancelledOrder.cancel(failed.orderId()))
                        .when(failed -> failed.reason() == OrderFailureReason.CANCELLED));
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.handleAll(records, routes);
    }

    private static CompletedOrder toOrder(OrderCompleted event) {
        return new CompletedOrder(event.orderId(), event.userId(),
                event.lines().stream().map(l -> new SoldLine(l.productId(), l.quantity(), l.unitPrice())).toList(),
                event.subtotal(), event.discount(), event.paidAmount(), event.completedAt());
    }
}
