package io.commerce.order.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super("IDEMPOTENCY_KEY_REUSED", ErrorKind.CONFLICT,
                "This Idempotency-Key was already used for a different order.");
    }
}
