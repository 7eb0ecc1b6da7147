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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * What one order costs the machine, at a rate it sustains: orders go straight to order-service (no gateway, no
 * polling client), and the probe reports database transactions per order (all five service databases, from
 * {@code pg_stat_database}), CPU milliseconds per order by process ({@code /proc/<pid>/stat}), and the saga's
 * placement→COMPLETED latency from the order database. The benchmark says whether the targets hold on a saturated
 * machine; this says where each order's cost goes, so a change to the saga can be judged by a number that does
 * not move with the machine's load.
 *
 * <p>{@code ./mvnw -B -f deploy/load/pom.xml exec:java -Dexec.mainClass=io.commerce.load.SagaCost
 * -Dsaga.rate=30 -Dsaga.seconds=40} (after {@code ./mvnw -B install -DskipTests}); its options are
 * {@link SagaCostSettings}.
 */
public final class SagaCost {

    private static final List<String> DATABASES = List.of("orders", "product", "balance", "coupon", "dataplatform");

    private SagaCost() {
    }

    public static void main(String[] args) throws Exception {
        var settings = SagaCostSettings.from(System.getProperties());
        double rate = settings.rate();
        int seconds = settings.seconds();
        try (var suite = Suite.start(settings.suite().root(), 0, settings.suite().jvmOptions(), Map.of())) {
            var db = new Db(suite.postgres());
            var seeder = new Seeder(suite.gatewayUrl(), suite.tokens());
            seeder.awaitRoutes(Duration.ofSeconds(90));
            long product = seeder.product("Saga cost probe", 1, 10_000_000);
            var members = seeder.members("saga-cost", 20);
            seeder.charge(members, 1_000_000);
            var orders = suite.urlOf("order-service") + "/api/v1/orders";
            var tokens = members.stream().map(Seeder.Member::token).toList();

            place(orders, tokens, product, rate, seconds); // warm-up: the JIT and the pools, not measured
            awaitSagasDone(db);
            var cpuBefore = ProcessCpu.millis(suite);
            long transactionsBefore = transactions(db);
            var since = db.rows("orders", "select now()").getFirst()[0];
            int placed = place(orders, tokens, product, rate, seconds);
            awaitSagasDone(db);
            long transactions = transactions(db) - transactionsBefore;
            var cpuAfter = ProcessCpu.millis(suite);

            var latency = db.rows("orders", """
                    select count(*), percentile_cont(0.5) within group (order by extract(epoch from completed_at - placed_at)),
                           percentile_cont(0.99) within group (order by extract(epoch from completed_at - placed_at))
                    from orders where status = 'COMPLETED' and placed_at >= ?""", since).getFirst();
            System.out.printf("%nsaga cost: %d orders placed at %.0f/s for %d s, straight to order-service%n",
                    placed, rate, seconds);
            System.out.printf("  completed %s, placed->COMPLETED p50 %.0f ms, p99 %.0f ms%n", latency[0],
                    ((Number) latency[1]).doubleValue() * 1000, ((Number) latency[2]).doubleValue() * 1000);
            System.out.printf("  database transactions per order   %.1f%n", (double) transactions / placed);
            System.out.println("  CPU ms per order, by process:");
            ProcessCpu.printPerUnit(cpuBefore, cpuAfter, placed);
        }
        System.exit(0);
    }

    /** Places orders at {@code rate} for {@code seconds}; returns how many were accepted (202). */
    private static int place(String url, List<String> tokens, long product, double rate, int seconds)
            throws InterruptedException {
        var client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        var accepted = new AtomicInteger();
        var sent = new ArrayList<CompletableFuture<?>>();
        int count = (int) (rate * seconds);
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * periodNanos;
            TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime())); // pacing the offered load
            var request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"lines\":[{\"productId\":" + product + ",\"quantity\":1}]}"))
                    .build();
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> {
                        if (response.statusCode() == 202) {
                            accepted.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return accepted.get();
    }

    private static void awaitSagasDone(Db db) {
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.number("orders", "select count(*) from orders where status = 'PENDING'") == 0
                        && DATABASES.stream().allMatch(d -> db.number(d, "select count(*) from outbox_event") == 0));
    }

    private static long transactions(Db db) {
        return db.number("postgres", "select sum(xact_commit + xact_rollback) from pg_stat_database where datname in ("
                + String.join(",", DATABASES.stream().map(name -> "'" + name + "'").toList()) + ")");
    }
}
