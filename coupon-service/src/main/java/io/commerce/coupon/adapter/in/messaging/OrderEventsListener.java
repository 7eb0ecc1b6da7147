package io.commerce.coupon.adapter.in.messaging;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.coupon.application.port.in.ApplyCouponToOrderUseCase;
import io.commerce.coupon.application.port.in.ApplyCouponToOrderUseCase.ApplyCouponCommand;
import io.commerce.coupon.application.port.in.RestoreCouponUseCase;
import io.commerce.platform.messaging.EventRoutes;
import io.commerce.platform.messaging.EventRoutes.Route;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The coupon step of the order saga and its compensation. */
@Component
class OrderEventsListener {

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    OrderEventsListener(IdempotentConsumer consumer, ApplyCouponToOrderUseCase applyCoupon,
            RestoreCouponUseCase restoreCoupon) {
        this.consumer = consumer;
        // orders without a coupon, and the topic's other events, are not ours; a restore looks up the coupon
        this.routes = EventRoutes.of(
                Route.of(OrderPlaced.class, (OrderPlaced placed) -> applyCoupon.apply(
                                new ApplyCouponCommand(placed.orderId(), placed.userId(), placed.couponId())))
                        .when(OrderPlaced::usesCoupon)
                        .locking("issued-coupon", placed -> List.of(placed.couponId())),
                Route.of(OrderFailed.class, failed -> restoreCoupon.restore(failed.orderId())));
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.handleAll(records, routes);
    }
}
