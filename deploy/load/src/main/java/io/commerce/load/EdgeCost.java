package io.commerce.load;

import io.commerce.localstack.suite.Suite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one read costs the machine straight to product-service and through the gateway: {@code GET
 * /api/v1/products/{id}} from {@code edge.users} closed-loop clients for {@code edge.seconds} each way (after as
 * long a warm-up), with CPU milliseconds per request by process. The benchmark's gateway/direct ratio is the same
 * comparison on a saturated machine; this says which process the gateway's share goes to.
 *
 * <p>{@code ./mvnw -B -q -pl deploy/load exec:java -Dexec.mainClass=io.commerce.load.EdgeCost
 * -Dexec.cleanupDaemonThreads=false} (after {@code ./mvnw -B install -DskipTests}); its options are
 * {@link EdgeCostSettings}.
 */
public final class EdgeCost {

    private EdgeCost() {
    }

    public static void main(String[] args) throws Exception {
        var settings = EdgeCostSettings.from(System.getProperties());
        int users = settings.users();
        int seconds = settings.seconds();
        // the member limit out of the way, as in the benchmark; its check still runs on every request
        var gateway = new ArrayList<>(List.of("--commerce.gateway.rate-limit.member.requests-per-second=100000",
                "--commerce.gateway.rate-limit.member.burst=100000"));
        gateway.addAll(settings.gatewayArguments());
        try (var suite = Suite.start(settings.suite().root(), 0, settings.suite().jvmOptions(),
                Map.of("gateway", gateway))) {
            var seeder = new Seeder(suite.gatewayUrl(), suite.tokens());
            seeder.awaitRoutes(Duration.ofSeconds(90));
            long product = seeder.product("Edge cost probe", 1_000, 1_000);
            var tokens = seeder.members("edge-cost", 1_000).stream().map(Seeder.Member::token).toList();
            var path = "/api/v1/products/" + product;

            var direct = measure(suite, URI.create(suite.urlOf("product-service") + path), tokens, users, seconds);
            var routed = measure(suite, URI.create(suite.gatewayUrl() + settings.gatewayPrefix() + path), tokens,
                    users, seconds);
            System.out.printf("%nedge cost: GET %s, %d closed-loop clients, %d s each way after as long a warm-up%n",
                    path, users, seconds);
            System.out.printf("  direct to product-service  %7.0f req/s%n", direct);
            System.out.printf("  through the gateway        %7.0f req/s%n", routed);
            System.out.printf("  gateway / direct           %7.1f %%%n", 100 * routed / direct);
        }
        System.exit(0);
    }

    /** Warms up, then measures; prints CPU per request by process and returns requests per second. */
    private static double measure(Suite suite, URI uri, List<String> tokens, int users, int seconds) throws Exception {
        drive(uri, tokens, users, seconds);
        var before = ProcessCpu.millis(suite);
        long started = System.nanoTime();
        long requests = drive(uri, tokens, users, seconds);
        double elapsed = (System.nanoTime() - started) / 1e9;
        var after = ProcessCpu.millis(suite);
        System.out.printf("%n%s: %d requests, CPU ms per request by process:%n", uri, requests);
        ProcessCpu.printPerUnit(before, after, requests);
        return requests / elapsed;
    }

    /** {@code users} clients each sending one request after another for {@code seconds}; every answer must be 200. */
    private static long drive(URI uri, List<String> tokens, int users, int seconds) throws InterruptedException {
        var client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        var done = new AtomicLong();
        var failed = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                int user = u;
                clients.submit(() -> {
                    for (int i = user; System.nanoTime() < end; i += users) {
                        var request = HttpRequest.newBuilder(uri)
                                .header("Authorization", "Bearer " + tokens.get(i % tokens.size())).build();
                        try {
                            var status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            (status == 200 ? done : failed).incrementAndGet();
                        } catch (java.io.IOException e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + (done.get() + failed.get()) + " reads of " + uri
                    + " did not answer 200");
        }
        return done.get();
    }
}
