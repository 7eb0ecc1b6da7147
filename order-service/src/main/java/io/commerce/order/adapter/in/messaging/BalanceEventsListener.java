package io.commerce.order.adapter.in.messaging;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase.SagaReply;
import io.commerce.platform.messaging.EventRoutes;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The payment step's replies. PaymentRefunded is the balance's own bookkeeping and needs nothing here. */
@Component
class BalanceEventsListener {

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    BalanceEventsListener(IdempotentConsumer consumer, RecordSagaReplyUseCase saga) {
        this.consumer = consumer;
        // PaymentRefunded and others are not the saga's replies
        this.routes = EventRoutes.of(
                SagaReplies.route(PaymentCompleted.class, PaymentCompleted::orderId, completed ->
                        saga.record(new SagaReply.PaymentCompleted(completed.orderId(), completed.amount()))),
                SagaReplies.route(PaymentRejected.class, PaymentRejected::orderId, rejected -> saga.record(
                        new SagaReply.PaymentRejected(rejected.orderId(), SagaReplies.failure(rejected.reason())))));
    }

    @KafkaListener(topics = Topics.BALANCE_EVENTS)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.handleAll(records, routes);
    }
}
