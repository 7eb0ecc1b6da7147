package io.commerce.localstack.suite;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many instances of each application a suite starts: {@code SUITE_REPLICAS=2} gives every service two (the
 * gateway stays one: clients reach the suite at one address), {@code SUITE_REPLICAS=order-service=2,gateway=2}
 * names them; an application not named has one.
 *
 * @param counts instances by application, only those with more than one
 */
public record Replicas(Map<String, Integer> counts) {

    public static final Replicas ONE_EACH = new Replicas(Map.of());

    public Replicas {
        counts.forEach((application, count) -> {
            if (!JvmOptions.APPLICATIONS.contains(application)) {
                throw new IllegalArgumentException("Replicas of " + application + ", which is not an application of"
                        + " the suite (" + String.join(", ", JvmOptions.APPLICATIONS) + ")");
            }
            if (count < 1 || count > 9) {
                throw new IllegalArgumentException(application + ": " + count + " replicas; 1 to 9 run here");
            }
        });
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts)); // in name order, for describe()
    }

    /** {@code SUITE_REPLICAS}, or one of each when unset. */
    public static Replicas fromEnvironment() {
        return parse(System.getenv("SUITE_REPLICAS"));
    }

    static Replicas parse(String value) {
        if (value == null || value.isBlank()) {
            return ONE_EACH;
        }
        var counts = new TreeMap<String, Integer>();
        if (value.trim().matches("\\d+")) {
            Suite.SERVICES.forEach(service -> counts.put(service, Integer.parseInt(value.trim())));
            return new Replicas(counts);
        }
        for (var entry : value.split(",")) {
            var pair = entry.trim().split("=");
            if (pair.length != 2 || !pair[1].trim().matches("\\d+")) {
                throw new IllegalArgumentException("SUITE_REPLICAS=" + value + ": expected a number, or"
                        + " application=count pairs separated by commas (order-service=2,gateway=2)");
            }
            counts.put(pair[0].trim(), Integer.parseInt(pair[1].trim()));
        }
        return new Replicas(counts);
    }

    public int of(String application) {
        return counts.getOrDefault(application, 1);
    }

    /**
     * The instances' names: the application's own for the first (so a single-instance suite reads as before), then
     * {@code <application>-2}, {@code -3} …
     */
    public List<String> instancesOf(String application) {
        return java.util.stream.IntStream.rangeClosed(1, of(application))
                .mapToObj(i -> i == 1 ? application : application + "-" + i).toList();
    }

    /** One line for a report, e.g. {@code order-service ×2}; empty when every application has one. */
    public String describe() {
        return String.join(", ", counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " ×" + e.getValue()).toList());
    }
}
