package io.commerce.platform.testapp;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.platform.messaging.EventRoutes;
import io.commerce.platform.messaging.EventRoutes.Route;
import io.commerce.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Adds each requested payment to the member's tally, the way a service's listener hands a poll to the platform. */
@Component
class PaymentRequestsListener {

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    PaymentRequestsListener(IdempotentConsumer consumer, TallyService tallies, PaymentFaults faults) {
        this.consumer = consumer;
        this.routes = EventRoutes.of(Route.of(PaymentRequested.class, (PaymentRequested request) -> {
                    faults.attempt(request.userId());
                    tallies.add(request.userId(), request.orderId(), request.amount());
                })
                .locking("tally", request -> List.of(request.userId())));
    }

    @KafkaListener(topics = {Topics.ORDER_EVENTS, PlatformTestApplication.PAYMENT_REQUESTS})
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.handleAll(records, routes);
    }
}
