package io.commerce.contracts.core;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/**
 * A client's name for one attempt at a state-changing request (a charge, an order), so that retrying the
 * request can't do it twice. Keys belong to a member.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 64;

    public IdempotencyKey {
        if (!wellFormed(value)) {
            throw new InvalidIdempotencyKeyException();
        }
    }

    /** 1 to 64 ASCII letters, digits, '-' or '_'; checked by hand, since it runs on every keyed request. */
    private static boolean wellFormed(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    public static final class InvalidIdempotencyKeyException extends DomainException {

        InvalidIdempotencyKeyException() {
            super("INVALID_IDEMPOTENCY_KEY", ErrorKind.INVALID,
                    "An Idempotency-Key is 1 to 64 letters, digits, '-' or '_'.");
        }
    }
}
