package io.commerce.balance.adapter.out.messaging;

import io.commerce.balance.application.port.out.PaymentEvents;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.balance.PaymentRefunded;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import io.commerce.platform.messaging.IntegrationEventPublisher;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class PaymentEventsAdapter implements PaymentEvents {

    private final IntegrationEventPublisher publisher;

    PaymentEventsAdapter(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void completed(UUID orderId, String memberId, long amount) {
        publisher.publish(new PaymentCompleted(orderId, memberId, amount));
    }

    @Override
    public void rejected(UUID orderId, String memberId, long amount, PaymentRejectionReason reason) {
        publisher.publish(new PaymentRejected(orderId, memberId, amount, reason));
    }

    @Override
    public void refunded(UUID orderId, String memberId, long amount) {
        publisher.publish(new PaymentRefunded(orderId, memberId, amount));
    }
}
