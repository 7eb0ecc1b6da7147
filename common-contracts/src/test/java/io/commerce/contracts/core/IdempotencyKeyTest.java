package io.commerce.contracts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"k", "retry-1_A", "0123456789abcdefABCDEF_-"})
    void letters_digits_dashes_and_underscores_make_a_key(String value) {
        assertThat(new IdempotencyKey(value).value()).isEqualTo(value);
    }

    @Test
    void a_key_has_at_most_64_characters() {
        assertThat(new IdempotencyKey("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new IdempotencyKey("a".repeat(65)))
                .isInstanceOf(IdempotencyKey.InvalidIdempotencyKeyException.class)
                .extracting("code").isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "a.b", "ключ", "a\u0000", "é", "a/b"})
    void anything_else_is_refused(String value) {
        assertThatThrownBy(() -> new IdempotencyKey(value))
                .isInstanceOf(IdempotencyKey.InvalidIdempotencyKeyException.class);
    }

    @Test
    void a_missing_key_is_refused_too() {
        assertThatThrownBy(() -> new IdempotencyKey(null))
                .isInstanceOf(IdempotencyKey.InvalidIdempotencyKeyException.class);
    }
}
