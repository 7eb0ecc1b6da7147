package io.commerce.coupon.adapter.in.messaging;

import static io.commerce.platform.messaging.IdempotentConsumer.NOT_OURS;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.coupon.application.port.in.ApplyCouponToOrderUseCase;
import io.commerce.coupon.application.port.in.ApplyCouponToOrderUseCase.ApplyCouponCommand;
import io.commerce.coupon.application.port.in.RestoreCouponUseCase;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The coupon step of the order saga and its compensation. */
@Component
class OrderEventsListener {

    private final IdempotentConsumer consumer;
    private final ApplyCouponToOrderUseCase applyCoupon;
    private final RestoreCouponUseCase restoreCoupon;

    OrderEventsListener(IdempotentConsumer consumer, ApplyCouponToOrderUseCase applyCoupon,
            RestoreCouponUseCase restoreCoupon) {
        this.consumer = consumer;
        this.applyCoupon = applyCoupon;
        this.restoreCoupon = restoreCoupon;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    void on(List<ConsumerRecord<String, EventEnvelope<?>>> records) {
        consumer.handleAll(records, event -> switch (event) {
            case OrderPlaced placed when placed.usesCoupon() ->
                    () -> applyCoupon.apply(new ApplyCouponCommand(placed.orderId(), placed.userId(), placed.couponId()));
            case OrderFailed failed -> () -> restoreCoupon.restore(failed.orderId());
            default -> NOT_OURS; // orders without a coupon, and the topic's other events, are not ours
        });
    }
}
