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
 * tests, the load benchmark and its probes, all from the manifests' definition ({@link #PRODUCTION}). Options {@code common} to all six applications come first, then what one
 * application adds; the JVM takes the last of two settings of a flag, so an application's own options override.
 *
 * @param common         every application's options
 * @param perApplication options added for one application (by its module name, e.g. {@code gateway})
 */
public record JvmOptions(List<String> common, Map<String, List<String>> perApplication) {

    /**
     * What the pods of {@code deploy/k8s} run with: {@code JAVA_TOOL_OPTIONS} of {@code deploy/k8s/base/jvm.env}, the
     * one definition of the applications' options (the serial collector, small stacks and metaspace, the heap a share
     * of the container's memory limit, C2).
     */
    public static final List<String> PRODUCTION = ManifestOptions.read();

    /**
     * Off a container the heap cannot be a share of a memory limit: the machine's memory is shared by six JVMs,
     * PostgreSQL and the broker. The JVM takes the last of two heap settings, so this overrides the percentage.
     */
    public static final List<String> OFF_CONTAINER = List.of("-Xmx256m");

    /**
     * C1 only, for runs of minutes that are mostly start-up ({@code ./run.sh}, the end-to-end tests, the smoke
     * benchmark): there, C2's compiler threads cost more on two shared cores than its code gives back.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    /** The production options off a container: what the benchmark and the probes measure, after a warm-up. */
    public static final List<String> STEADY_STATE_COMMON = concat(PRODUCTION, OFF_CONTAINER);

    /** {@link #STEADY_STATE_COMMON} on C1 alone: {@code ./run.sh} and the end-to-end tests. */
    public static final List<String> QUICK_START_COMMON = concat(STEADY_STATE_COMMON, QUICK_START);

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

    /** {@code ./run.sh} and the end-to-end tests: {@link #QUICK_START_COMMON}. */
    public static JvmOptions quickStart() {
        return new JvmOptions(QUICK_START_COMMON, Map.of());
    }

    /** The benchmark and the probes: {@link #STEADY_STATE_COMMON}. */
    public static JvmOptions steadyState() {
        return new JvmOptions(STEADY_STATE_COMMON, Map.of());
    }

    /**
     * Options as typed on a command line: {@code common} (blank: those of {@code fallback}) and each application's
     * additions (blank: none).
     */
    public static JvmOptions parse(String common, Map<String, String> perApplication, JvmOptions fallback) {
        var own = new LinkedHashMap<String, List<String>>();
        perApplication.forEach((application, options) -> own.put(application, words(options)));
        return new JvmOptions(common == null || common.isBlank() ? fallback.common() : words(common), own);
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

    private static List<String> concat(List<String> first, List<String> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
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
