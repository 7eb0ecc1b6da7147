package io.commerce.balance.application;

import io.commerce.balance.application.port.out.PaymentEvents;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Remembers what would have been published. */
class RecordingPaymentEvents implements PaymentEvents {

    final List<String> published = new ArrayList<>();

    @Override
    public void completed(UUID orderId, String memberId, long amount) {
        published.add("completed " + orderId + " " + amount);
    }

    @Override
    public void rejected(UUID orderId, String memberId, long amount, PaymentRejectionReason reason) {
        published.add("rejected " + orderId + " " + reason);
    }

    @Override
    public void refunded(UUID orderId, String memberId, long amount) {
        published.add("refunded " + orderId + " " + amount);
    }
}
