package io.commerce.balance.application.port.in;

import java.util.UUID;

public interface RefundOrderPaymentUseCase {

    /** Gives back what this order paid, if it paid anything and was not refunded yet. */
    void refund(UUID orderId);
}
