package io.commerce.localstack.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The JDK's ahead-of-time cache of one application (JEP 483 and 514, JDK 25): the classes its start-up loads and
 * links, and their first profiles, recorded by a training run and mapped by every later start. The cache holds only
 * classes of the JVM's own class loaders, so the application runs in Spring Boot's extracted form (a thin jar beside
 * its {@code lib/}), not from the nested jars of the executable jar. Both live in {@code <module>/target/aot}: a
 * rebuilt jar is extracted again and trained again.
 *
 * @param module    the application's module directory name, e.g. {@code order-service}
 * @param bootJar   the executable jar the build made
 * @param directory where the extracted form and the cache live
 */
public record AotCache(String module, Path bootJar, Path directory) {

    /** What a suite does with the caches. */
    public enum Use {
        /** Train an application whose cache is missing or older than its jar, then start every one from its cache. */
        TRAIN,
        /** Start from the cache where one is current; never spend a training run. */
        IF_PRESENT,
        /** Start from the executable jar, as before caches. */
        OFF;

        /** {@code SUITE_AOT_CACHE}: {@code train} (the default), {@code if-present} or {@code off}. */
        public static Use fromEnvironment() {
            return parse(System.getenv("SUITE_AOT_CACHE"));
        }

        static Use parse(String value) {
            return value == null || value.isBlank() ? TRAIN : valueOf(value.trim().toUpperCase().replace('-', '_'));
        }
    }

    /** The first JDK whose {@code -XX:AOTCacheOutput} trains and writes the cache in one run. */
    static final int FIRST_SUPPORTING_JDK = 25;

    static AotCache of(String module, Path bootJar) {
        return new AotCache(module, bootJar, bootJar.resolveSibling("aot"));
    }

    static boolean supported() {
        return Runtime.version().feature() >= FIRST_SUPPORTING_JDK;
    }

    /** The thin jar to run, extracted from {@link #bootJar} unless the extraction is already of this build. */
    Path extractedJar() {
        var jar = directory.resolve(module).resolve(module + ".jar");
        try {
            if (Files.isRegularFile(jar)
                    && !Files.getLastModifiedTime(jar).toInstant().isBefore(modified(bootJar))) {
                return jar;
            }
            deleteTree(directory);
            Files.createDirectories(directory);
            run(List.of(java(), "-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--destination",
                    directory.resolve(module).toString(), "--application-filename", module + ".jar"));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract " + bootJar, e);
        }
    }

    Path file() {
        return directory.resolve(module + ".aot");
    }

    /** Whether {@link #file()} was trained on the current extraction: the JVM ignores a cache of another class path. */
    boolean isCurrent() {
        var jar = directory.resolve(module).resolve(module + ".jar");
        try {
            return Files.isRegularFile(file()) && Files.isRegularFile(jar)
                    && !modified(file()).isBefore(modified(jar));
        } catch (IOException e) {
            return false;
        }
    }

    /** The options that start the application from the cache. */
    List<String> useOptions() {
        return List.of("-XX:AOTCache=" + file());
    }

    /**
     * The training run, as Spring documents it: the application refreshes its context (every singleton made, Flyway
     * run, nothing started) and exits, and the JVM writes what it loaded. It needs the database the application will
     * use, so the suite trains against its own. The JVM assembles the cache in a buffer bounded by the metaspace
     * limit, and the services' classes outgrow the production limit there ("Unable to allocate from 'ro' region"),
     * though not when the cache is mapped: the training run alone gets more room.
     */
    List<String> trainingOptions() {
        return List.of("-XX:AOTCacheOutput=" + file(), "-Dspring.context.exit=onRefresh",
                "-XX:MaxMetaspaceSize=512m");
    }

    private static java.time.Instant modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(List<String> command) throws IOException {
        var process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
