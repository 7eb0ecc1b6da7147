package io.commerce.contracts.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Keyboard", "키보드 세트", "Mug ☕", "Grin \uD83D\uDE00", "tab-less, spaced out", ""})
    void letters_of_any_script_symbols_and_whole_surrogate_pairs_are_printable(String text) {
        assertThat(PrintableText.isPrintable(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Key\u0000board", "Key\tboard", "Key\nboard", "Key\u001Bboard", "Key\u007Fboard",
            "Key\u009Fboard", "Key\uD83Dboard", "Key\uDE00board", "ends high \uD83D", "\uDE00\uD83D"})
    void control_characters_and_lone_or_reversed_surrogates_are_not(String text) {
        assertThat(PrintableText.isPrintable(text)).isFalse();
    }
}
