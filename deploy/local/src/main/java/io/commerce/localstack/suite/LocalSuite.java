package io.commerce.localstack.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        var javaOptions = List.of(System.getenv().getOrDefault("SUITE_JAVA_OPTS",
                "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").split("\\s+"));
        var started = Instant.now();
        System.out.println("Starting PostgreSQL, Kafka, five services and the gateway ...");
        var suite = Suite.start(root, port, javaOptions, Map.of());
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the suite ...");
            suite.close();
            stopped.countDown();
        }, "suite-stop"));
        var seeded = new DemoData(suite.gatewayUrl(), suite.tokens()).seed();
        var ready = Duration.between(started, Instant.now());
        var member = suite.tokens().memberToken(DemoData.RICH_MEMBER);
        var admin = suite.tokens().adminToken("operator-1");
        writeEnv(root, suite, seeded, member, admin);

        System.out.printf("""

                The suite is ready (%d s). Ctrl-C stops it.
                  Gateway:   %s
                  API docs:  %s/swagger-ui.html
                  Logs:      %s
                  Processes: %s
                Token for %s (balance 500,000 KRW), valid 12 h:
                  export TOKEN=%s
                  curl -H "Authorization: Bearer $TOKEN" %s/api/v1/balance
                Admin token: %s
                Everything above, and the demo ids, are in target/suite/env (source it).
                """,
                ready.toSeconds(), suite.gatewayUrl(), suite.gatewayUrl(),
                root.relativize(suite.process("gateway").log().getParent()),
                suite.processes().values().stream().map(p -> p.name() + "=" + p.port())
                        .sorted().collect(Collectors.joining(" ")),
                DemoData.RICH_MEMBER, member, suite.gatewayUrl(), admin);
        stopped.await();
    }

    private static void writeEnv(Path root, Suite suite, Map<String, String> seeded, String member, String admin) {
        var env = new StringBuilder();
        env.append("export GATEWAY_URL=").append(suite.gatewayUrl()).append('\n');
        env.append("export MEMBER_TOKEN=").append(member).append('\n');
        env.append("export MODEST_TOKEN=").append(suite.tokens().memberToken(DemoData.MODEST_MEMBER)).append('\n');
        env.append("export BROKE_TOKEN=").append(suite.tokens().memberToken(DemoData.BROKE_MEMBER)).append('\n');
        env.append("export ADMIN_TOKEN=").append(admin).append('\n');
        seeded.forEach((key, value) -> env.append("export ").append(key).append('=').append(value).append('\n'));
        try {
            Files.writeString(root.resolve("target/suite/env"), env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
