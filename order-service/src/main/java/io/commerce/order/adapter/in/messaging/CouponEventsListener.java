package io.commerce.order.adapter.in.messaging;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase;
import io.commerce.order.application.port.in.RecordSagaReplyUseCase.SagaReply;
import io.commerce.platform.messaging.EventRoutes;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The coupon step's replies. */
@Component
class CouponEventsListener {

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    CouponEventsListener(IdempotentConsumer consumer, RecordSagaReplyUseCase saga) {
        this.consumer = consumer;
        // other coupon events are not the order's business
        this.routes = EventRoutes.of(
                SagaReplies.route(CouponApplied.class, CouponApplied::orderId, applied -> saga.record(
                        new SagaReply.CouponApplied(applied.orderId(), applied.couponId(),
                                applied.discount().toDiscount()))),
                SagaReplies.route(CouponRejected.class, CouponRejected::orderId, rejected -> saga.record(
                        new SagaReply.CouponRejected(rejected.orderId(), rejected.couponId(),
                                rejected.reason().name()))));
    }

    @KafkaListener(topics = Topics.COUPON_EVENTS)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.handleAll(records, routes);
    }
}
