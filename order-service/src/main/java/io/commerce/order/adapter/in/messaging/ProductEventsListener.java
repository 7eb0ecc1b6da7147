package io.commerce.order.adapter.in.messaging;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.product.StockRejected;
import io.commerce.contracts.event.product.StockReserved;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase.SagaReply;
import io.commerce.platform.messaging.EventRoutes;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The stock step's replies. */
@Component
class ProductEventsListener {

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    ProductEventsListener(IdempotentConsumer consumer, RecordSagaReplyUseCase saga) {
        this.consumer = consumer;
        // other product events are not the order's business
        this.routes = EventRoutes.of(
                SagaReplies.route(StockReserved.class, StockReserved::orderId, reserved -> saga.record(
                        new SagaReply.StockReserved(reserved.orderId(), SagaReplies.lines(reserved.lines()),
                                reserved.subtotal()))),
                SagaReplies.route(StockRejected.class, StockRejected::orderId, rejected -> saga.record(
                        new SagaReply.StockRejected(rejected.orderId(),
                                SagaReplies.failure(rejected.reason(), rejected.productId())))));
    }

    @KafkaListener(topics = Topics.PRODUCT_EVENTS)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.handleAll(records, routes);
    }
}
