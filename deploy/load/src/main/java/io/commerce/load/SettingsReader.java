package io.commerce.load;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Typed reads of the properties a run was started with. A blank value counts as unset (the benchmark profile of the
 * POM passes every option, most of them empty); a value that does not parse or is out of range stops the run before
 * the suite starts, naming the property.
 */
final class SettingsReader {

    private final Properties properties;

    SettingsReader(Properties properties) {
        this.properties = properties;
    }

    Optional<String> text(String key) {
        var value = properties.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    /** A whole number in {@code [min, max]}, if set. */
    Optional<Integer> integer(String key, int min, int max) {
        return text(key).map(value -> {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw invalid(key, value, "a whole number");
            }
            if (number < min || number > max) {
                throw invalid(key, value, "between " + min + " and " + max);
            }
            return number;
        });
    }

    int integer(String key, int fallback, int min, int max) {
        return integer(key, min, max).orElse(fallback);
    }

    /** A number above zero, if set. */
    Optional<Double> positive(String key) {
        return text(key).map(value -> {
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw invalid(key, value, "a number");
            }
            if (!(number > 0) || Double.isInfinite(number)) {
                throw invalid(key, value, "above 0");
            }
            return number;
        });
    }

    double positive(String key, double fallback) {
        return positive(key).orElse(fallback);
    }

    /** {@code true} or {@code false}; unset is false. */
    boolean flag(String key) {
        return text(key).map(value -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, value, "true or false");
        }).orElse(false);
    }

    /** Every property named {@code <prefix><rest>}, by {@code rest}, blank ones included. */
    Map<String, String> withPrefix(String prefix) {
        var found = new TreeMap<String, String>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith(prefix))
                .forEach(name -> found.put(name.substring(prefix.length()), properties.getProperty(name)));
        return found;
    }

    static IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException("-D" + key + "=" + value + ": expected " + expected);
    }
}
