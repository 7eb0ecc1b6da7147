package io.commerce.contracts.event;

import java.util.List;
import java.util.Objects;

/**
 * Checks an event record makes of itself on construction, so that a malformed event fails while it is
 * being read (and goes to the dead-letter topic) instead of half-way through a consumer's transaction.
 */
public final class EventFields {

    private EventFields() {
    }

    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    public static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive");
        }
        return value;
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return value;
    }

    public static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return List.copyOf(values);
    }
}
