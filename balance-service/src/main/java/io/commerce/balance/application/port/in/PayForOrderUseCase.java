package io.commerce.balance.application.port.in;

import java.util.UUID;

public interface PayForOrderUseCase {

    /** Debits the order's price if the balance covers it and announces the outcome; once per order. */
    void pay(UUID orderId, String memberId, long amount);
}
