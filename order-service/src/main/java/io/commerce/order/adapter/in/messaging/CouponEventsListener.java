package io.commerce.order.adapter.in.messaging;

import static io.commerce.platform.messaging.IdempotentConsumer.NOT_OURS;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase.SagaReply;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The coupon step's replies. */
@Component
class CouponEventsListener {

    private final IdempotentConsumer consumer;
    private final RecordSagaReplyUseCase saga;

    CouponEventsListener(IdempotentConsumer consumer, RecordSagaReplyUseCase saga) {
        this.consumer = consumer;
        this.saga = saga;
    }

    @KafkaListener(topics = Topics.COUPON_EVENTS)
    void on(List<ConsumerRecord<String, EventEnvelope<?>>> records) {
        consumer.handleAll(records, event -> switch (event) {
            case CouponApplied applied -> () -> saga.record(new SagaReply.CouponApplied(applied.orderId(),
                    applied.couponId(), applied.discount().toDiscount()));
            case CouponRejected rejected -> () -> saga.record(new SagaReply.CouponRejected(rejected.orderId(),
                    rejected.couponId(), rejected.reason().name()));
            default -> NOT_OURS; // other coupon events are not the order's business
        });
    }
}
