package io.commerce.localstack.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The JVM options of the suite's applications, for every way the suite is started: {@code ./run.sh}, the end-to-end
 * tests, the load benchmark and its probes. Options {@code common} to all six applications come first, then what one
 * application adds; the JVM takes the last of two settings of a flag, so an application's own options override.
 *
 * @param common         every application's options
 * @param perApplication options added for one application (by its module name, e.g. {@code gateway})
 */
public record JvmOptions(List<String> common, Map<String, List<String>> perApplication) {

    /**
     * Small heaps, the serial collector and C1 only: six JVMs share a 2-core machine with PostgreSQL and the broker,
     * and over a run of minutes C2's compiler threads and arenas (in RSS) cost more than its faster code gave back.
     * Pods in {@code deploy/k8s}, which have cores of their own and live for days, keep C2.
     */
    public static final List<String> DEFAULT_COMMON = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-XX:TieredStopAtLevel=1");

    /** Every application of the suite, the names {@link #perApplication} is keyed by. */
    public static final List<String> APPLICATIONS =
            Stream.concat(Stream.of("gateway"), Suite.SERVICES.stream()).toList();

    public JvmOptions {
        requireOptions("common", common);
        var own = new TreeMap<String, List<String>>();
        perApplication.forEach((application, options) -> {
            if (!APPLICATIONS.contains(application)) {
                throw new IllegalArgumentException("JVM options for " + application + ", which is not an application"
                        + " of the suite (" + String.join(", ", APPLICATIONS) + ")");
            }
            requireOptions(application, options);
            if (!options.isEmpty()) {
                own.put(application, List.copyOf(options));
            }
        });
        common = List.copyOf(common);
        perApplication = Collections.unmodifiableMap(own);
    }

    public static JvmOptions defaults() {
        return new JvmOptions(DEFAULT_COMMON, Map.of());
    }

    /**
     * Options as typed on a command line: {@code common} (blank: {@link #DEFAULT_COMMON}) and each application's
     * additions (blank: none).
     */
    public static JvmOptions parse(String common, Map<String, String> perApplication) {
        var own = new LinkedHashMap<String, List<String>>();
        perApplication.forEach((application, options) -> own.put(application, words(options)));
        return new JvmOptions(common == null || common.isBlank() ? DEFAULT_COMMON : words(common), own);
    }

    /** One application's options: the common ones, then its own. */
    public List<String> of(String application) {
        var options = new ArrayList<>(common);
        options.addAll(perApplication.getOrDefault(application, List.of()));
        return options;
    }

    /** These options with {@code more} appended to the common ones (e.g. a flight recording for every application). */
    public JvmOptions withCommon(List<String> more) {
        var options = new ArrayList<>(common);
        options.addAll(more);
        return new JvmOptions(options, perApplication);
    }

    /** One line for a report: the common options, then each application's own ({@code ; gateway: …}). */
    public String describe() {
        var line = new StringBuilder(String.join(" ", common));
        perApplication.forEach((application, own) -> line.append("; ").append(application).append(": ")
                .append(String.join(" ", own)));
        return line.toString();
    }

    /** A command line's words: split at whitespace, none if blank. */
    public static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static void requireOptions(String whose, List<String> options) {
        for (var option : options) {
            if (!option.startsWith("-")) {
                throw new IllegalArgumentException("JVM option '" + option + "' (" + whose + ") does not start with"
                        + " '-': options are passed to java before -jar, so anything else would be read as the class"
                        + " to run");
            }
        }
    }
}
