package io.commerce.order.application.port.in;

public interface ExpireOverdueOrdersUseCase {

    /**
     * Fails up to {@code atMost} {@code PENDING} orders whose saga deadline has passed (TIMEOUT) and announces
     * OrderFailed for each; returns how many it took. Orders another instance is handling right now are skipped.
     */
    int expireOverdue(int atMost);
}
