package io.commerce.contracts.error;

import java.util.Objects;

/**
 * A business rule said no. Each subclass names one failure with a stable {@code code} that clients may
 * switch on; the message is for humans and may change.
 *
 * <p>An expected outcome, not a fault: it carries no stack trace. A rush answers thousands of claims with
 * {@code COUPON_SOLD_OUT} a second, and filling a trace for each was a measurable share of a claim's cost; the code
 * and the message say where it came from.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final ErrorKind kind;

    protected DomainException(String code, ErrorKind kind, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
    }

    public String code() {
        return code;
    }

    public ErrorKind kind() {
        return kind;
    }
}
