package io.commerce.localstack.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The README's run command: starts the suite, seeds demo data, prints where everything is and a token to
 * use, and stops everything on Ctrl-C. {@code target/suite/env} gets the same facts for scripts.
 */
public final class LocalSuite {

    private LocalSuite() {
    }

    public static void main(String[] args) throws InterruptedException {
        var root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        int port = Integer.parseInt(System.getenv().getOrDefault("SUITE_PORT", "8080"));
        // SUITE_JAVA_OPTS replaces the common options, as -Dload.java-options does for the benchmark
        var jvmOptions = JvmOptions.parse(System.getenv("SUITE_JAVA_OPTS"), Map.of(), JvmOptions.quickStart());
        var started = Instant.now();
        System.out.println("Starting PostgreSQL, Kafka, Redis, Zipkin, five services and the gateway ...");
        var suite = Suite.start(root, port, jvmOptions, Map.of());
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the suite ...");
            suite.close();
            stopped.countDown();
        }, "suite-stop"));
        var seeded = new DemoData(suite.gatewayUrl(), suite.tokens()).seed();
        var ready = Duration.between(started, Instant.now());
        var environment = DemoData.environment(suite, seeded);
        var member = environment.get("MEMBER_TOKEN");
        var admin = environment.get("ADMIN_TOKEN");
        writeEnv(root, environment);

        System.out.printf("""

                The suite is ready (%d s). Ctrl-C stops it.
                  Gateway:   %s
                  API docs:  %s/swagger-ui.html
                  Traces:    %s/zipkin/ (one in ten requests; send "traceparent: 00-<32 hex>-<16 hex>-01" to choose)
                  Logs:      %s
                  Processes: %s (API/management port)
                Token for %s (balance 500,000 KRW), valid 12 h:
                  export TOKEN=%s
                  curl -H "Authorization: Bearer $TOKEN" %s/api/v1/balance
                Admin token: %s
                Everything above, and the demo ids, are in target/suite/env (source it).
                """,
                ready.toSeconds(), suite.gatewayUrl(), suite.gatewayUrl(), suite.traceViewer().url(),
                root.relativize(suite.process("gateway").log().getParent()),
                suite.processes().values().stream().map(p -> p.name() + "=" + p.port() + "/" + p.managementPort())
                        .sorted().collect(Collectors.joining(" ")),
                DemoData.RICH_MEMBER, member, suite.gatewayUrl(), admin);
        stopped.await();
    }

    private static void writeEnv(Path root, Map<String, String> environment) {
        var env = new StringBuilder();
        environment.forEach((key, value) -> env.append("export ").append(key).append('=').append(value).append('\n'));
        try {
            Files.writeString(root.resolve("target/suite/env"), env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
