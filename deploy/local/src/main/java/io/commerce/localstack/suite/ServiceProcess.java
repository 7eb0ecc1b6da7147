package io.commerce.localstack.suite;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/** One application of the suite in its own JVM, with its own ports (the API's, the actuator's) and log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess launch(String name, Path jar, int port, int managementPort, List<String> javaOptions,
            List<String> arguments, Path logDirectory) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + name + " at " + jar
                    + ": build it first (./mvnw -B -q package -DskipTests)");
        }
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--management.server.port=" + managementPort);
        command.addAll(arguments);
        try {
            Files.createDirectories(logDirectory);
            var log = logDirectory.resolve(name + ".log");
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // glibc gives each thread that allocates its own arena; with Kafka, Tomcat and Hikari threads that
            // is hundreds of MB of resident memory the heap never sees
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            var process = builder.start();
            return new ServiceProcess(name, port, managementPort, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until the application says it is ready, failing early (with its last log lines) if it dies. */
    void awaitReady(Duration timeout) {
        var readiness = HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log " + log
                            + " ends with:\n" + tail());
                }
                return isReady(readiness);
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " was not ready within " + timeout + "; log " + log
                    + " ends with:\n" + tail());
        }
    }

    /** Waits for a run that ends by itself (a training run) and fails, with its last log lines, unless it ended well. */
    void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not end within " + timeout + "; log " + log
                        + " ends with:\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(name + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log " + log
                    + " ends with:\n" + tail());
        }
    }

    private static boolean isReady(HttpRequest readiness) throws InterruptedException {
        try {
            return HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Where its actuator listens: probes, metrics, the dead-letter redrive. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the application as a crash would: SIGKILL, no shutdown, no goodbye to the broker or the database. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still running 10 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + name, e);
        }
    }

    /** Stops the application the way an orchestrator would: SIGTERM, a grace period, then SIGKILL. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
