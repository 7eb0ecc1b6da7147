package io.commerce.contracts.error;

import java.time.Duration;
import java.util.Objects;

/**
 * The service refuses work it could not finish in time, before doing any of it: the same request (under the same
 * {@code Idempotency-Key}) may be sent again after {@link #retryAfter()}. Answered as a 503 problem with
 * {@code Retry-After}, which the gateway passes on and does not count against the service's circuit: a service that
 * sheds load is working, and an open circuit would refuse the work it can still do.
 *
 * <p>Like a {@link DomainException}, an expected outcome under load: no stack trace.
 */
public class ServiceBusyException extends RuntimeException {

    private final String code;
    private final Duration retryAfter;

    public ServiceBusyException(String code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    public String code() {
        return code;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@code Retry-After} is whole seconds: rounded up, so the retry does not come back too early, and at least 1. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
