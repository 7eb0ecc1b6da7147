package io.commerce.localstack.suite;

import static org.awaitility.Awaitility.await;

import io.commerce.localstack.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The suite's trace viewer: Zipkin's own server (the executable jar from Maven Central, copied to
 * {@code deploy/local/target/zipkin} by the build) in a JVM of its own, keeping spans in memory. Every application
 * reports its sampled spans here, and its UI and API show one order as one trace.
 */
public final class ZipkinServer implements AutoCloseable {

    /** Enough for the traces of a long local run; the oldest are dropped first. */
    private static final int MAX_SPANS = 50_000;
    /** Zipkin's usual port, where a person looks first. */
    private static final int OWN_PORT = 9411;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final Process process;
    private final Path log;

    private ZipkinServer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Where the build puts the server under the repository {@code root}. */
    static Path jarUnder(Path root) {
        return root.resolve("deploy/local/target/zipkin/zipkin-server.jar");
    }

    /**
     * Starts the server on Zipkin's own port if {@code preferOwnPort} and it is free, else on a free one;
     * {@link #awaitReady} waits for it, so the applications can start meanwhile.
     */
    static ZipkinServer launch(Path jar, Path logDirectory, List<Integer> taken, boolean preferOwnPort) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No Zipkin server at " + jar + ": build deploy/local first "
                    + "(./mvnw -B -q install -DskipTests)");
        }
        int port = preferOwnPort && FreePorts.isFree(OWN_PORT) ? OWN_PORT : FreePorts.freePort(taken);
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a viewer for one machine's traces: a small heap, and no JIT threads competing with the suite's
                "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--zipkin.storage.mem.max-spans=" + MAX_SPANS,
                "--logging.level.root=WARN");
        try {
            Files.createDirectories(logDirectory);
            var log = logDirectory.resolve("zipkin.log");
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new ZipkinServer(port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Zipkin server", e);
        }
    }

    void awaitReady(Duration timeout) {
        var health = HttpRequest.newBuilder(URI.create(url() + "/health")).timeout(Duration.ofSeconds(2)).build();
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Zipkin server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        });
    }

    /** Its UI ({@code /zipkin/}) and API ({@code /api/v2/...}). */
    public String url() {
        return "http://localhost:" + port;
    }

    /** Where the applications send their spans. */
    public String spansEndpoint() {
        return url() + "/api/v2/spans";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
