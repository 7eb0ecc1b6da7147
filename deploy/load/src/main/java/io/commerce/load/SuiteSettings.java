package io.commerce.load;

import io.commerce.localstack.suite.JvmOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the benchmark and the probes start the suite: from which repository (its applications' jars) and with which
 * JVM options.
 *
 * <p>{@code suite.root} (default: the working directory or the nearest folder above it that holds the repository),
 * {@code load.java-options} (the applications' common options, default {@link JvmOptions#STEADY_STATE_COMMON}, the
 * production ones) and {@code load.java-options.<application>} (options appended for that application alone).
 */
record SuiteSettings(Path root, JvmOptions jvmOptions) {

    static final String JAVA_OPTIONS = "load.java-options";

    /** The suite as the probes start it: by default on the production options, for a steady state. */
    static SuiteSettings from(SettingsReader properties) {
        return from(properties, JvmOptions.steadyState());
    }

    /** {@code unset}: the JVM options when {@code load.java-options} is not given. */
    static SuiteSettings from(SettingsReader properties, JvmOptions unset) {
        var start = Path.of(properties.text("suite.root", ".")).toAbsolutePath().normalize();
        JvmOptions jvmOptions;
        try {
            jvmOptions = JvmOptions.parse(properties.text(JAVA_OPTIONS).orElse(null),
                    properties.withPrefix(JAVA_OPTIONS + "."), unset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + JAVA_OPTIONS + "…: " + e.getMessage(), e);
        }
        return new SuiteSettings(repositoryRoot(start), jvmOptions);
    }

    private static Path repositoryRoot(Path start) {
        for (var dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy/local"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("Not inside the repository: " + start + " (set -Dsuite.root)");
    }
}
