package io.commerce.balance.adapter.in.messaging;

import io.commerce.balance.application.port.in.PayForOrderUseCase;
import io.commerce.balance.application.port.in.RefundOrderPaymentUseCase;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.platform.messaging.EventRoutes;
import io.commerce.platform.messaging.EventRoutes.Route;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The balance's saga steps: pay on {@code PaymentRequested}, refund on {@code OrderFailed}. */
@Component
class OrderEventsListener {

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;
    private final PayForOrderUseCase pay;
    private final RefundOrderPaymentUseCase refund;

    OrderEventsListener(IdempotentConsumer consumer, PayForOrderUseCase pay, RefundOrderPaymentUseCase refund) {
        this.consumer = consumer;
        this.pay = pay;
        this.refund = refund;
        // other order events are not the balance's business; a refund looks up what it pays back, alone
        this.routes = EventRoutes.of(
                Route.of(PaymentRequested.class, (PaymentRequested request) ->
                                pay.pay(request.orderId(), request.userId(), request.amount()))
                        .locking("balance", request -> List.of(request.userId())),
                Route.of(OrderFailed.class, failed -> refund.refund(failed.orderId())));
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.handleAll(records, routes);
    }
}
