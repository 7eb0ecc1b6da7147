package io.commerce.platform.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;

/**
 * Whole numbers in paths and query strings are written in decimal digits, with a minus sign at most: Spring's own
 * conversion also reads {@code 0x7} and {@code #7} as hexadecimal and accepts a leading {@code +}, so
 * {@code /products/0x7} was product 7 and a cache, a log search or a rate limit keyed by the path saw two products.
 * Anything else is a type mismatch, answered 400 {@code INVALID_PARAMETER}.
 */
final class StrictNumbers {

    /** Java's longest long, {@code -9223372036854775808}, has 19 digits. */
    private static final int MAX_DIGITS = 19;

    private StrictNumbers() {
    }

    static void registerIn(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) text -> Long.valueOf(decimal(text)));
        registry.addConverter(String.class, Integer.class,
                (Converter<String, Integer>) text -> Integer.valueOf(decimal(text)));
    }

    private static String decimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
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
