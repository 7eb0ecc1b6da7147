package io.commerce.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {

    /** Spring Security's strict firewalls' rule: the oracle the loop must agree with. */
    private static final Pattern SPRING_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void printable_text_and_assigned_non_control_characters_are_allowed() {
        assertThat(HeaderValues.allowed("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isTrue();
        assertThat(HeaderValues.allowed("")).isTrue();
        assertThat(HeaderValues.allowed(null)).as("an absent header").isTrue();
        assertThat(HeaderValues.allowed("caf\u00e9 \uD83D\uDE00")).isTrue();
    }

    @Test
    void control_and_unassigned_characters_are_not() {
        assertThat(HeaderValues.allowed("a\nb")).isFalse();
        assertThat(HeaderValues.allowed("a\u0000")).isFalse();
        assertThat(HeaderValues.allowed("\u007f")).isFalse();
        assertThat(HeaderValues.allowed("\u0085")).isFalse();
        assertThat(HeaderValues.allowed("\u0378")).isFalse(); // unassigned in the Greek block
    }

    @Test
    void it_agrees_with_springs_regular_expression_on_every_code_point_and_on_surrogates() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            var text = "x" + Character.toString(codePoint) + "y";
            assertThat(HeaderValues.allowed(text)).as("U+%04X", codePoint).isEqualTo(SPRING_RULE.matcher(text).matches());
        }
        var random = new Random(20261125);
        for (int n = 0; n < 20_000; n++) {
            var chars = new char[random.nextInt(6)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextBoolean() ? (char) (0xD800 + random.nextInt(0x800)) : (char) random.nextInt(0x100);
            }
            var text = new String(chars);
            assertThat(HeaderValues.allowed(text)).isEqualTo(SPRING_RULE.matcher(text).matches());
        }
    }
}
