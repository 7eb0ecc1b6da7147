package io.commerce.load;

import io.commerce.localstack.suite.Suite;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What one order costs the machine, at a rate it sustains: orders go straight to order-service (no gateway, no
 * polling client), and the probe reports database transactions per order (all five service databases, from
 * {@code pg_stat_database}), CPU milliseconds per order by process ({@code /proc/<pid>/stat}), and the saga's
 * placement→COMPLETED latency from the order database. The benchmark says whether the targets hold on a saturated
 * machine; this says where each order's cost goes, so a change to the saga can be judged by a number that does
 * not move with the machine's load.
 *
 * <p>{@code ./mvnw -B -f deploy/load/pom.xml exec:java -Dexec.mainClass=io.commerce.load.SagaCost
 * -Dsaga.rate=30 -Dsaga.seconds=60} (after {@code ./mvnw -B install -DskipTests}); its options are
 * {@link SagaCostSettings}.
 */
public final class SagaCost {

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
            var tokens = seeder.chargedTokens("saga-cost", 20, 1_000_000);
            var orders = suite.urlOf("order-service");

            // the JIT and the pools, not measured
            DirectOrders.place(orders, tokens, product, settings.warmupRate(), settings.warmupSeconds());
            DirectOrders.awaitSagasDone(db, Duration.ofMinutes(3));
            var cpuBefore = ProcessCpu.millis(suite);
            long compilerBefore = ProcessCpu.compilerMillis(suite);
            long transactionsBefore = transactions(db);
            // a millisecond early: the first order's placed_at must not fall before it
            var since = OffsetDateTime.now(ZoneOffset.UTC).minusNanos(1_000_000);
            int placed = DirectOrders.place(orders, tokens, product, rate, seconds).accepted();
            DirectOrders.awaitSagasDone(db, Duration.ofMinutes(3));
            long transactions = transactions(db) - transactionsBefore;
            var cpuAfter = ProcessCpu.millis(suite);
            long compiler = ProcessCpu.compilerMillis(suite) - compilerBefore;

            var latency = ServerLatency.since(db, since);
            System.out.printf("%nsaga cost: %d orders placed at %.0f/s for %d s, straight to order-service, after %d s"
                    + " of warm-up at %.0f/s%n", placed, rate, seconds, settings.warmupSeconds(),
                    settings.warmupRate());
            System.out.printf("  JVM options: %s%n", settings.suite().jvmOptions().describe());
            System.out.printf("  completed %d, placed->COMPLETED p50 %d ms, p99 %d ms%n", latency.completed(),
                    latency.p50Ms(), latency.p99Ms());
            System.out.printf("  database transactions per order   %.1f%n", (double) transactions / placed);
            System.out.println("  CPU ms per order, by process:");
            ProcessCpu.printPerUnit(cpuBefore, cpuAfter, placed);
            System.out.printf("  of which the JIT's compiler threads %.2f (near 0: the JVMs were warm)%n",
                    (double) compiler / placed);
        }
        System.exit(0);
    }

    private static long transactions(Db db) {
        return db.number("postgres", "select sum(xact_commit + xact_rollback) from pg_stat_database where datname in ("
                + String.join(",", DirectOrders.DATABASES.stream().map(name -> "'" + name + "'").toList()) + ")");
    }
}
