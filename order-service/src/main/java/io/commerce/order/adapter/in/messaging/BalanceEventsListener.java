package io.commerce.order.adapter.in.messaging;

import static io.commerce.platform.messaging.IdempotentConsumer.NOT_OURS;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase.SagaReply;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The payment step's replies. PaymentRefunded is the balance's own bookkeeping and needs nothing here. */
@Component
class BalanceEventsListener {

    private final IdempotentConsumer consumer;
    private final RecordSagaReplyUseCase saga;

    BalanceEventsListener(IdempotentConsumer consumer, RecordSagaReplyUseCase saga) {
        this.consumer = consumer;
        this.saga = saga;
    }

    @KafkaListener(topics = Topics.BALANCE_EVENTS)
    void on(List<ConsumerRecord<String, EventEnvelope<?>>> records) {
        consumer.handleAll(records, event -> switch (event) {
            case PaymentCompleted completed ->
                    () -> saga.record(new SagaReply.PaymentCompleted(completed.orderId(), completed.amount()));
            case PaymentRejected rejected ->
                    () -> saga.record(new SagaReply.PaymentRejected(rejected.orderId(),
                            SagaReplies.failure(rejected.reason())));
            default -> NOT_OURS; // PaymentRefunded and others
        });
    }
}
