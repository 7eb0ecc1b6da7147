package io.commerce.contracts.http;

/** Request headers that mean the same to every service. */
public final class CommerceHeaders {

    /** Carries an {@link io.commerce.contracts.core.IdempotencyKey}. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private CommerceHeaders() {
    }
}
