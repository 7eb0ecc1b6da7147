package io.commerce.balance.application.port.out;

import io.commerce.contracts.event.balance.PaymentRejectionReason;
import java.util.UUID;

/** What the saga hears from the balance; sent in the transaction that made the change. */
public interface PaymentEvents {

    void completed(UUID orderId, String memberId, long amount);

    void rejected(UUID orderId, String memberId, long amount, PaymentRejectionReason reason);

    void refunded(UUID orderId, String memberId, long amount);
}
