package io.commerce.contracts.error;

import java.util.Objects;

/**
 * A business rule said no. Each subclass names one failure with a stable {@code code} that clients may
 * switch on; the message is for humans and may change.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final ErrorKind kind;

    protected DomainException(String code, ErrorKind kind, String message) {
        super(message);
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
