package io.commerce.contracts.http;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;
import java.util.regex.Pattern;

/**
 * A client's name for one attempt at a state-changing request (a charge, an order), sent as the
 * {@code Idempotency-Key} header, so that retrying the request can't do it twice. Keys belong to a member.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public IdempotencyKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
    }

    public static final class InvalidIdempotencyKeyException extends DomainException {

        InvalidIdempotencyKeyException() {
            super("INVALID_IDEMPOTENCY_KEY", ErrorKind.INVALID,
                    "An Idempotency-Key is 1 to 64 letters, digits, '-' or '_'.");
        }
    }
}
