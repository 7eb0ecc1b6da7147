package io.commerce.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in paths and query strings are written in decimal digits, with a minus sign at most. Spring's own
 * binding falls back to a property editor that also reads {@code 0x7} and {@code #7} as hexadecimal and accepts a
 * leading {@code +}, so {@code /products/0x7} was product 7, and a cache, a log search or a rate limit keyed by the
 * path saw two products. These editors, registered for every binder, take precedence; anything else is a type
 * mismatch, answered 400 {@code INVALID_PARAMETER}.
 */
@ControllerAdvice
public class StrictNumbers {

    /** Java's longest long, {@code -9223372036854775808}, has 19 digits. */
    private static final int MAX_DIGITS = 19;

    @InitBinder
    void decimalWholeNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal<>(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal<>(Long::valueOf, true));
        binder.registerCustomEditor(int.class, new Decimal<>(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal<>(Integer::valueOf, true));
    }

    private static final class Decimal<N extends Number> extends PropertyEditorSupport {

        private final Function<String, N> parse;
        private final boolean emptyIsNull;

        Decimal(Function<String, N> parse, boolean emptyIsNull) {
            this.parse = parse;
            this.emptyIsNull = emptyIsNull;
        }

        @Override
        public void setAsText(String text) {
            if (emptyIsNull && (text == null || text.isEmpty())) {
                setValue(null);
                return;
            }
            setValue(parse.apply(decimal(text)));
        }
    }

    private static String decimal(String text) {
        int start = text != null && text.startsWith("-") ? 1 : 0;
        int digits = text == null ? 0 : text.length() - start;
        if (digits < 1 || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("not a decimal whole number");
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a decimal whole number");
            }
        }
        return text;
    }
}
