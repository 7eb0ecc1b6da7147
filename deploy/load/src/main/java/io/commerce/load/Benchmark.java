package io.commerce.load;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.commerce.load.simulations.CatalogueSimulation;
import io.commerce.load.simulations.CouponRushSimulation;
import io.commerce.load.simulations.GatewayOverheadSimulation;
import io.commerce.load.simulations.OrdersSimulation;
import io.commerce.localstack.suite.Suite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark: starts the suite (PostgreSQL, Kafka, five services, gateway), seeds it through the API, runs
 * each Gatling simulation, checks correctness after each, measures the ratios (gateway vs direct, service vs
 * raw JDBC claims) and every application's RSS, prints one table and writes {@code target/load/summary.json}.
 *
 * <p>System properties: {@code load.profile} ({@code full} | {@code smoke}), {@code load.java-options} (the
 * applications' JVM options), {@code load.jfr=true} (a JFR recording per application in {@code target/load/jfr}),
 * {@code load.partitions} (topic partitions), {@code load.order-rate} / {@code load.popular-rate} /
 * {@code load.rush-users} (other offered loads than the targets'; targets are then not judged), {@code load.member-rps} / {@code load.member-burst} (the gateway's
 * per-member limit), {@code suite.root} (the repository root).
 */
public final class Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

    /**
     * C1 only, as {@code ./run.sh} runs the suite: six JVMs on two cores spent more on C2's compiler threads
     * (and its arenas, in RSS) during a nine-minute run than its faster code gave back (see the README).
     */
    public static final String DEFAULT_JAVA_OPTIONS = "-Xmx256m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m "
            + "-XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1";
    static final long PRODUCT_STOCK = 1_000_000;
    /**
     * How long each poll of an order asks order-service to wait for the saga ({@code GET /orders/{id}?wait=}):
     * {@code -Dload.order-wait-s}, 3 (the most it grants) by default, 0 for plain polls every {@code poll-ms}.
     */
    static final int ORDER_WAIT_SECONDS = Integer.getInteger("load.order-wait-s", 3);
    static final long CHARGE = 1_000_000;

    /** A line of the table. Latencies in ms; throughput in {@code unit}. */
    public record Row(String scenario, String measure, double throughput, String unit, long p50, long p95, long p99,
            long errors, String note) {
    }

    /** The CPU each process spent in one phase (ms), and the phase's wall-clock length (ms). */
    public record PhaseCpu(long wallMs, Map<String, Long> cpuMs) {

        public long totalMs() {
            return cpuMs.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A target of the issue, met or not, with what was measured. */
    public record Target(String name, String goal, String measured, String status) {

        Target(String name, String goal, String measured, boolean met, boolean applies) {
            this(name, goal, measured, !applies ? "n/a" : met ? "MET" : "MISSED");
        }
    }

    /**
     * What a throughput target asks of the machine at the cost this run measured: every process's CPU in the
     * scenario's phase (the load generator's and the broker's included, as they share the machine) divided by the
     * units done, times the rate the target needs. More cores than the machine has means no tuning of queues,
     * pools or timeouts can meet the target; only a lower cost per unit can.
     */
    public record Capacity(String target, String unit, double cpuMsPerUnit, double ratePerSecond, double coresNeeded,
            int coresAvailable) {

        static Capacity of(String target, String unit, PhaseCpu phase, long units, double ratePerSecond) {
            double perUnit = units == 0 ? Double.NaN : (double) phase.totalMs() / units;
            return new Capacity(target, unit, perUnit, ratePerSecond, perUnit * ratePerSecond / 1000,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    public record Report(String profile, String javaOptions, List<String> gatewayArgs, List<Row> rows,
            Map<String, Double> ratios, Map<String, Map<String, Long>> rssMbByPhase, Map<String, Long> rssMbMax,
            Map<String, PhaseCpu> cpuByPhase, List<Capacity> capacity, List<Check> checks, List<Target> targets,
            List<String> gatlingReports) {

        public boolean correct() {
            return checks.stream().allMatch(Check::passed);
        }

        public List<Check> failedChecks() {
            return checks.stream().filter(c -> !c.passed()).toList();
        }
    }

    private Benchmark() {
    }

    public static void main(String[] args) {
        var profile = Profile.named(System.getProperty("load.profile", "full")).withRatesFrom(System.getProperties());
        var root = repositoryRoot();
        var report = run(profile, root, root.resolve("deploy/load/target"));
        System.out.println(table(report));
        System.exit(report.correct() ? 0 : 1);
    }

    static Path repositoryRoot() {
        var configured = System.getProperty("suite.root");
        var start = Path.of(configured == null ? "." : configured).toAbsolutePath().normalize();
        for (var dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy/local"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the repository: " + start + " (set -Dsuite.root)");
    }

    /** The applications' JVM options: {@code -Dload.java-options}, or {@link #DEFAULT_JAVA_OPTIONS}. */
    static List<String> javaOptions() {
        return words(System.getProperty("load.java-options", DEFAULT_JAVA_OPTIONS));
    }

    /** A system property's value as the arguments of a command line: split at whitespace, none if blank. */
    static List<String> words(String value) {
        return value == null || value.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(value.trim().split("\\s+")));
    }

    /**
     * One application's JVM options: {@link #javaOptions()} followed by {@code -Dload.java-options.<application>}
     * if set (the JVM takes the last of two settings of a flag, so these override).
     */
    static List<String> javaOptionsOf(String application, List<String> common) {
        var options = new ArrayList<>(common);
        options.addAll(words(System.getProperty("load.java-options." + application)));
        return options;
    }

    /** The per-application overrides in force, for the report. */
    static Map<String, String> javaOptionOverrides() {
        var overrides = new java.util.TreeMap<String, String>();
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("load.java-options."))
                .filter(n -> !System.getProperty(n).isBlank())
                .forEach(n -> overrides.put(n.substring("load.java-options.".length()), System.getProperty(n)));
        return overrides;
    }

    public static Report run(Profile profile, Path root, Path target) {
        var out = target.resolve("load");
        var javaOptions = javaOptions();
        if (Boolean.getBoolean("load.jfr")) {
            javaOptions.add("-XX:StartFlightRecording=filename=" + out.resolve("jfr").toAbsolutePath()
                    + "/%p.jfr,settings=profile,dumponexit=true");
            mkdirs(out.resolve("jfr"));
        }
        var extra = new HashMap<String, List<String>>();
        var gatewayArgs = List.of(
                "--commerce.gateway.rate-limit.member.requests-per-second=" + System.getProperty("load.member-rps", "200"),
                "--commerce.gateway.rate-limit.member.burst=" + System.getProperty("load.member-burst", "400"));
        extra.put("gateway", gatewayArgs);
        var partitions = System.getProperty("load.partitions");
        if (partitions != null) {
            Suite.SERVICES.forEach(s -> extra.put(s, List.of("--commerce.events.partitions=" + partitions)));
        }
        var gatling = new GatlingRunner(target.resolve("gatling"));
        var rows = new ArrayList<Row>();
        var ratios = new LinkedHashMap<String, Double>();
        var checks = new ArrayList<Check>();
        var byPhase = new LinkedHashMap<String, PhaseSampler.Phase>();
        var reports = new ArrayList<String>();

        var overrides = javaOptionOverrides();
        log.info("Starting the suite ({} profile, JVM options {}, per application {}) ...", profile.name(), javaOptions,
                overrides);
        var started = System.nanoTime();
        try (var suite = Suite.start(root, 0, application -> javaOptionsOf(application, javaOptions), extra);
                var phases = new PhaseSampler(suite)) {
            log.info("Suite ready in {} s; gateway {}", (System.nanoTime() - started) / 1_000_000_000, suite.gatewayUrl());
            var db = new Db(suite.postgres());
            var seeder = new Seeder(suite.gatewayUrl(), suite.tokens());

            // --- seed ---
            seeder.awaitRoutes(Duration.ofSeconds(90));
            int productCount = profile == Profile.SMOKE ? 3 : 10;
            var products = new ArrayList<Long>();
            for (int i = 0; i < productCount; i++) {
                products.add(seeder.product("Load product " + (i + 1), 1_000L * (i + 1), PRODUCT_STOCK));
            }
            long campaign = seeder.campaign("Load rush", profile.rushCoupons());
            var members = seeder.members("load-member", Math.max(profile.rushUsers(),
                    Math.max(profile.orderMembers(), profile.readMembers())));
            var rushMembers = Seeder.writeMembers(out.resolve("members-rush.csv"),
                    members.subList(0, profile.rushUsers()));
            var orderMembers = Seeder.writeMembers(out.resolve("members-orders.csv"),
                    members.subList(0, profile.orderMembers()));
            var readMembers = Seeder.writeMembers(out.resolve("members-reads.csv"),
                    members.subList(0, profile.readMembers()));
            long charged = seeder.charge(members.subList(0, profile.orderMembers()), CHARGE);
            var productIds = products.stream().map(String::valueOf).collect(Collectors.joining(","));
            var common = Map.of("gateway", suite.gatewayUrl(), "products", productIds);
            log.info("Seeded {} products, campaign {} of {}, {} members ({} charged)", productCount, campaign,
                    profile.rushCoupons(), members.size(), profile.orderMembers());
            phases.endPhase();

            if (profile.warmup()) {
                warmUp(seeder, gatling, common, orderMembers, readMembers, suite, out);
                byPhase.put("warm-up", phases.endPhase());
            }

            // --- coupon rush ---
            seeder.settle(Duration.ofSeconds(60));
            var rush = gatling.run(CouponRushSimulation.class, "coupon rush " + profile.name(), with(common,
                    "members", rushMembers.toString(), "campaign", String.valueOf(campaign),
                    "users", String.valueOf(profile.rushUsers()),
                    "rush.arrival-ms", String.valueOf(profile.rushArrivalMs())));
            reports.add(rush.report().toString());
            byPhase.put("coupon rush", phases.endPhase());
            var claims = rush.get("claim coupon");
            rows.add(new Row("coupon rush", "POST /coupons/campaigns/{id}/issue", claims.rps(), "claims/s",
                    claims.p50(), claims.p95(), claims.p99(), claims.ko(),
                    profile.rushUsers() + " members, " + profile.rushCoupons() + " coupons, arrivals within "
                            + profile.rushArrivalMs() + " ms"));
            long issued = db.number("coupon", "select count(*) from issued_coupon where campaign_id = ?", campaign);
            double issueSpan = db.decimal("coupon",
                    "select extract(epoch from max(issued_at) - min(issued_at)) from issued_coupon where campaign_id = ?",
                    campaign);
            double issuedPerSecond = issueSpan > 0 ? issued / issueSpan : Double.NaN;
            rows.add(new Row("coupon rush", "coupons issued (DB issued_at span)", issuedPerSecond, "issued/s", -1, -1,
                    -1, 0, issued + " issued in " + fmt(issueSpan * 1000) + " ms"));
            checks.add(Check.equal("coupon rush", "exactly K coupons issued", (long) profile.rushCoupons(), issued));
            checks.add(Check.equal("coupon rush", "campaign counter equals K", (long) profile.rushCoupons(),
                    db.number("coupon", "select issued_count from coupon_campaign where id = ?", campaign)));
            checks.add(Check.equal("coupon rush", "one coupon per member", issued, db.number("coupon",
                    "select count(distinct member_id) from issued_coupon where campaign_id = ?", campaign)));
            checks.add(Check.equal("coupon rush", "every member answered", (long) profile.rushUsers(), claims.total()));
            checks.add(Check.equal("coupon rush", "no errors but COUPON_SOLD_OUT", 0L, claims.ko()));

            // --- orders ---
            seeder.settle(Duration.ofSeconds(60));
            var ordersStart = OffsetDateTime.now(ZoneOffset.UTC).minusNanos(1_000_000);
            var orders = gatling.run(OrdersSimulation.class, "orders " + profile.name(), with(common,
                    "members", orderMembers.toString(), "rate", String.valueOf(profile.orderRate()),
                    "duration-s", String.valueOf(profile.orderSeconds()), "wait-s", String.valueOf(ORDER_WAIT_SECONDS),
                    "poll-ms", String.valueOf(profile.pollMs()), "poll-max", "600"));
            reports.add(orders.report().toString());
            byPhase.put("orders", phases.endPhase());
            var place = orders.get("place order");
            var toFinal = orders.get(OrdersSimulation.GROUP);
            var polls = orders.getOrEmpty("poll order");
            rows.add(new Row("orders", "POST /orders (202)", place.rps(), "req/s", place.p50(), place.p95(), place.p99(),
                    place.ko(), "offered " + fmt(profile.orderRate()) + "/s for " + profile.orderSeconds() + " s"));
            rows.add(new Row("orders", "GET /orders/{id} (polls)", polls.rps(), "req/s", polls.p50(), polls.p95(),
                    polls.p99(), polls.ko(), (ORDER_WAIT_SECONDS > 0 ? "?wait=" + ORDER_WAIT_SECONDS + ", then " : "")
                            + profile.pollMs() + " ms pause while PENDING"));
            rows.add(new Row("orders", "placement to final (client, polled)", toFinal.rps(), "orders/s", toFinal.p50(),
                    toFinal.p95(), toFinal.p99(), toFinal.ko(), "Gatling group duration"));
            checks.addAll(orderChecks(db, ordersStart, place, products, charged));
            var server = db.rows("orders", """
                    select count(*),
                           extract(epoch from max(completed_at) - min(placed_at)),
                           percentile_cont(0.5) within group (order by extract(epoch from completed_at - placed_at)),
                           percentile_cont(0.95) within group (order by extract(epoch from completed_at - placed_at)),
                           percentile_cont(0.99) within group (order by extract(epoch from completed_at - placed_at))
                    from orders where status = 'COMPLETED' and placed_at >= ?""", ordersStart).getFirst();
            long completed = ((Number) server[0]).longValue();
            double span = server[1] == null ? Double.NaN : ((Number) server[1]).doubleValue();
            double completedPerSecond = completed / span;
            rows.add(new Row("orders", "placed to COMPLETED (server clocks, DB)", completedPerSecond, "completed/s",
                    millis(server[2]), millis(server[3]), millis(server[4]), 0,
                    completed + " completed over " + fmt(span) + " s"));
            ratios.put("orders completed/s", completedPerSecond);
            ratios.put("orders p99 placement->COMPLETED ms (server)", (double) millis(server[4]));
            ratios.put("orders p99 placement->final ms (client)", (double) toFinal.p99());

            // --- catalogue ---
            seeder.settle(Duration.ofSeconds(60));
            var catalogue = gatling.run(CatalogueSimulation.class, "catalogue " + profile.name(), with(common,
                    "members", readMembers.toString(), "popular.rate", String.valueOf(profile.popularRate()),
                    "list.rate", String.valueOf(profile.listRate()), "duration-s", String.valueOf(profile.readSeconds())));
            reports.add(catalogue.report().toString());
            byPhase.put("catalogue", phases.endPhase());
            var popular = catalogue.get("GET /products/popular");
            var list = catalogue.get("GET /products");
            // the two read scenarios run one after the other: each one's rate is over its own duration
            rows.add(rowOver(profile.readSeconds(), "catalogue", popular, "req/s", "offered " + fmt(profile.popularRate()) + "/s for "
                    + profile.readSeconds() + " s"));
            rows.add(rowOver(profile.readSeconds(), "catalogue", list, "req/s", "offered " + fmt(profile.listRate()) + "/s for "
                    + profile.readSeconds() + " s, after popular"));
            checks.add(Check.equal("catalogue", "no failed reads", 0L, popular.ko() + list.ko()));

            // --- gateway vs direct ---
            seeder.settle(Duration.ofSeconds(60));
            var overhead = gatling.run(GatewayOverheadSimulation.class, "gateway vs direct " + profile.name(),
                    with(common, "members", readMembers.toString(), "direct", suite.urlOf("product-service"),
                            "concurrency", String.valueOf(profile.overheadUsers()),
                            "duration-s", String.valueOf(profile.overheadSeconds())));
            reports.add(overhead.report().toString());
            byPhase.put("gateway vs direct", phases.endPhase());
            var direct = overhead.get(GatewayOverheadSimulation.DIRECT);
            var through = overhead.get(GatewayOverheadSimulation.THROUGH_GATEWAY);
            rows.add(rowOver(profile.overheadSeconds(), "gateway vs direct", direct, "req/s",
                    profile.overheadUsers() + " concurrent users"));
            rows.add(rowOver(profile.overheadSeconds(), "gateway vs direct", through, "req/s",
                    profile.overheadUsers() + " concurrent users"));
            checks.add(Check.equal("gateway vs direct", "no failed calls", 0L, direct.ko() + through.ko()));
            ratios.put("gateway/direct throughput", through.rps() / direct.rps());

            // --- raw JDBC claims ---
            int pool = Integer.getInteger("load.coupon-pool", 16);
            var jdbc = JdbcClaimLoop.run(db.url("coupon"), suite.postgres().username(), suite.postgres().password(),
                    pool, profile.jdbcClaims());
            byPhase.put("jdbc loop", phases.endPhase());
            rows.add(new Row("raw JDBC claim loop", "insert issued_coupon + update counter, 1 tx", jdbc.perSecond(),
                    "claims/s", Math.round(jdbc.p50Micros() / 1000.0), Math.round(jdbc.p95Micros() / 1000.0),
                    Math.round(jdbc.p99Micros() / 1000.0), jdbc.claims() - jdbc.issued(),
                    jdbc.threads() + " threads (coupon-service pool), " + jdbc.claims() + " claims"));
            ratios.put("coupon claims/s ÷ raw JDBC claims/s", claims.rps() / jdbc.perSecond());
            ratios.put("coupons issued/s ÷ raw JDBC claims/s", issuedPerSecond / jdbc.perSecond());

            var dead = suite.processes().values().stream().filter(p -> !p.isAlive()).map(p -> p.name()).toList();
            checks.add(Check.of("all", "every application still running", dead.isEmpty(),
                    dead.isEmpty() ? "all 6 alive" : "died: " + dead + " (see target/suite/logs)"));
            var rssMax = phases.overallMb();
            var targets = targets(profile, claims, issued, completedPerSecond, toFinal, millis(server[4]), checks,
                    ratios.get("gateway/direct throughput"), popular, rssMax);
            var cpu = cpuByPhase(byPhase);
            var capacity = List.of(
                    // all N claims answered within the arrival window plus the p99 goal of 300 ms
                    Capacity.of("coupon rush: p99 ≤ 300 ms", "answered claim", cpu.get("coupon rush"),
                            claims.total(), profile.rushUsers() / ((profile.rushArrivalMs() + 300) / 1000.0)),
                    Capacity.of("coupon rush: ≥ 1000 claims/s", "answered claim", cpu.get("coupon rush"),
                            claims.total(), 1000),
                    Capacity.of("orders: ≥ 200 completed/s", "completed order", cpu.get("orders"), completed, 200));
            var options = new StringBuilder(String.join(" ", javaOptions));
            overrides.forEach((application, own) -> options.append("; ").append(application).append(": ").append(own));
            var report = new Report(profile.name(), options.toString(), gatewayArgs, rows, ratios,
                    rssByPhase(byPhase), rssMax, cpu, capacity, checks, targets, reports);
            if (Boolean.getBoolean("load.jfr")) {
                dumpRecordings(suite, out.resolve("jfr"));
            }
            write(out.resolve("summary.json"), report);
            Files.writeString(out.resolve("table.txt"), table(report));
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private static void warmUp(Seeder seeder, GatlingRunner gatling, Map<String, String> common, Path orderMembers,
            Path readMembers, Suite suite, Path out) {
        log.info("Warming up the JVMs (not measured) ...");
        long campaign = seeder.campaign("Load warm-up", 100);
        var warm = Seeder.writeMembers(out.resolve("members-warm-up.csv"), seeder.members("load-warm", 400));
        // gentle: a warm-up that overloads a cold JVM opens the gateway's circuit breakers
        gatling.run(CouponRushSimulation.class, "warm-up", with(common, "members", warm.toString(),
                "campaign", String.valueOf(campaign), "users", "400", "rush.arrival-ms", "4000"));
        gatling.run(OrdersSimulation.class, "warm-up", with(common, "members", orderMembers.toString(),
                "rate", "30", "duration-s", "15", "wait-s", String.valueOf(ORDER_WAIT_SECONDS), "poll-ms", "100",
                "poll-max", "600"));
        gatling.run(CatalogueSimulation.class, "warm-up", with(common, "members", readMembers.toString(),
                "popular.rate", "100", "list.rate", "50", "duration-s", "5"));
        gatling.run(GatewayOverheadSimulation.class, "warm-up", with(common, "members", readMembers.toString(),
                "direct", suite.urlOf("product-service"), "concurrency", "8", "duration-s", "5"));
        seeder.settle(Duration.ofSeconds(60));
    }

    private static List<Check> orderChecks(Db db, OffsetDateTime since, RequestStats place, List<Long> products,
            long charged) {
        var checks = new ArrayList<Check>();
        // the saga deadline is 30 s: an order still PENDING after it (plus a sweep) is stuck
        var pendingLeft = eventually(Duration.ofSeconds(45), () -> List.of(Check.equal("orders",
                "no order stuck PENDING", 0L, db.number("orders", "select count(*) from orders where status = 'PENDING'"))));
        checks.addAll(pendingLeft);
        long stored = db.number("orders", "select count(*) from orders where placed_at >= ?", since);
        checks.add(Check.of("orders", "no lost orders (every 202 is in the order DB)", stored >= place.ok(),
                place.ok() + " answered 202, " + stored + " stored"
                        + (stored > place.ok() ? " (" + (stored - place.ok()) + " placed although the client got an"
                        + " error: gateway 504s whose outcome was unknown to the client)" : "")));
        checks.add(Check.equal("orders", "no order FAILED (stock and balances suffice)", 0L,
                db.number("orders", "select count(*) from orders where status = 'FAILED'")));
        // compensations travel over Kafka after an order fails: give them a moment to land
        checks.addAll(eventually(Duration.ofSeconds(30), () -> {
            var settled = new ArrayList<Check>();
            var sold = new HashMap<Long, Long>();
            db.rows("orders", """
                    select l.product_id, sum(l.quantity) from order_line l join orders o on o.id = l.order_id
                    where o.status = 'COMPLETED' group by l.product_id""")
                    .forEach(r -> sold.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
            var stockErrors = new ArrayList<String>();
            for (var row : db.rows("product", "select id, stock from product where id = any(?)",
                    (Object) products.toArray(Long[]::new))) {
                long id = ((Number) row[0]).longValue();
                long left = ((Number) row[1]).longValue();
                long expected = PRODUCT_STOCK - sold.getOrDefault(id, 0L);
                if (left != expected) {
                    stockErrors.add("product " + id + ": stock " + left + ", expected " + expected);
                }
            }
            settled.add(Check.of("orders", "stock = initial − units of COMPLETED orders", stockErrors.isEmpty(),
                    stockErrors.isEmpty() ? products.size() + " products consistent" : String.join("; ", stockErrors)));
            long completed = db.number("orders", "select count(*) from orders where status = 'COMPLETED'");
            settled.add(Check.equal("orders", "reservations held = COMPLETED orders", completed,
                    db.number("product", "select count(*) from stock_reservation where status = 'RESERVED'")));
            long paid = db.number("orders", "select coalesce(sum(paid_amount), 0) from orders where status = 'COMPLETED'");
            long balances = db.number("balance", "select coalesce(sum(amount), 0) from balance");
            settled.add(Check.equal("orders", "money conserved: balances + COMPLETED payments = charges", charged,
                    balances + paid));
            settled.add(Check.equal("orders", "ledger charges = charges made", charged,
                    db.number("balance", "select coalesce(sum(amount), 0) from ledger_entry where type = 'CHARGE'")));
            settled.add(Check.equal("orders", "ledger payments − refunds = COMPLETED payments", paid,
                    db.number("balance", "select coalesce(sum(case when type = 'PAYMENT' then amount else -amount end), 0)"
                            + " from ledger_entry where type in ('PAYMENT', 'REFUND')")));
            return settled;
        }));
        return checks;
    }

    /** Re-runs the checks until all pass or the time is up; returns the last outcome. */
    private static List<Check> eventually(Duration timeout, Supplier<List<Check>> checks) {
        var last = new AtomicReference<List<Check>>();
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
                last.set(checks.get());
                return last.get().stream().allMatch(Check::passed);
            });
        } catch (ConditionTimeoutException stillFailing) {
            // the last outcome is the report
        }
        return last.get();
    }

    private static List<Target> targets(Profile profile, RequestStats claims, long issued, double completedPerSecond,
            RequestStats toFinal, long serverP99, List<Check> checks, double gatewayRatio, RequestStats popular,
            Map<String, Long> rss) {
        var targets = new ArrayList<Target>();
        // a target is judged only at the sizes and rates it is stated for
        boolean full = profile.equals(Profile.FULL);
        targets.add(new Target("coupon rush: exactly K issued", "= " + profile.rushCoupons(), String.valueOf(issued),
                issued == profile.rushCoupons(), true));
        targets.add(new Target("coupon rush: errors other than COUPON_SOLD_OUT", "0", String.valueOf(claims.ko()),
                claims.ko() == 0, true));
        targets.add(new Target("coupon rush: claims/s", "≥ 1000", fmt(claims.rps()), claims.rps() >= 1000, full));
        targets.add(new Target("coupon rush: p99", "≤ 300 ms", claims.p99() + " ms", claims.p99() <= 300, full));
        targets.add(new Target("orders: completed/s sustained " + profile.orderSeconds() + " s", "≥ 200",
                fmt(completedPerSecond), completedPerSecond >= 200, full));
        targets.add(new Target("orders: p99 placement→COMPLETED", "≤ 1000 ms",
                "client " + toFinal.p99() + " ms, server " + serverP99 + " ms",
                (toFinal.p99() <= 1000 && serverP99 <= 1000), full));
        boolean noneLost = checks.stream().filter(c -> c.name().startsWith("no lost") || c.name().startsWith("no order stuck"))
                .allMatch(Check::passed);
        targets.add(new Target("orders: lost or stuck", "0", noneLost ? "0" : "see checks", noneLost, true));
        targets.add(new Target("gateway / direct throughput", "≥ 70 %", fmt(gatewayRatio * 100) + " %",
                gatewayRatio >= 0.70, full));
        targets.add(new Target("popular products p99 at " + fmt(profile.popularRate()) + " req/s", "≤ 25 ms",
                popular.p99() + " ms at " + fmt((double) popular.total() / profile.readSeconds()) + " req/s",
                popular.p99() <= 25, full));
        long maxRss = rss.values().stream().mapToLong(Long::longValue).max().orElse(0);
        targets.add(new Target("RSS of each application under load", "< 512 MB", "max " + maxRss + " MB",
                maxRss < 512, full));
        return targets;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Map<String, Map<String, Long>> rssByPhase(Map<String, PhaseSampler.Phase> phases) {
        var rss = new LinkedHashMap<String, Map<String, Long>>();
        phases.forEach((name, phase) -> rss.put(name, phase.rssMb()));
        return rss;
    }

    private static Map<String, PhaseCpu> cpuByPhase(Map<String, PhaseSampler.Phase> phases) {
        var cpu = new LinkedHashMap<String, PhaseCpu>();
        phases.forEach((name, phase) -> cpu.put(name, new PhaseCpu(phase.wallMs(), phase.cpuMs())));
        return cpu;
    }

    public static String table(Report report) {
        var s = new StringBuilder();
        s.append("\n=== commerce-suite load benchmark (profile ").append(report.profile()).append(") ===\n");
        s.append("applications' JVM options: ").append(report.javaOptions()).append('\n');
        s.append(String.format(Locale.ROOT, "%-19s %-40s %12s %-12s %7s %7s %7s %7s  %s%n", "scenario", "measure",
                "throughput", "", "p50 ms", "p95 ms", "p99 ms", "errors", "note"));
        for (var row : report.rows()) {
            s.append(String.format(Locale.ROOT, "%-19s %-40s %12s %-12s %7s %7s %7s %7d  %s%n", row.scenario(),
                    row.measure(), fmt(row.throughput()), row.unit(), ms(row.p50()), ms(row.p95()), ms(row.p99()),
                    row.errors(), row.note()));
        }
        s.append("\nratios and derived figures\n");
        report.ratios().forEach((name, value) -> s.append(String.format(Locale.ROOT, "  %-48s %s%n", name,
                name.contains("/direct") || name.contains("÷") ? fmt(value * 100) + " %" : fmt(value))));
        s.append("\nRSS (VmRSS, MB): highest per phase\n");
        var names = report.rssMbMax().keySet();
        s.append(String.format(Locale.ROOT, "  %-20s", "phase"));
        names.forEach(n -> s.append(String.format(Locale.ROOT, " %20s", n)));
        s.append('\n');
        report.rssMbByPhase().forEach((phase, values) -> {
            s.append(String.format(Locale.ROOT, "  %-20s", phase));
            names.forEach(n -> s.append(String.format(Locale.ROOT, " %20s", values.getOrDefault(n, -1L))));
            s.append('\n');
        });
        s.append(String.format(Locale.ROOT, "  %-20s", "max"));
        names.forEach(n -> s.append(String.format(Locale.ROOT, " %20s", report.rssMbMax().get(n))));
        s.append("\n\nCPU seconds per phase, by process (cores = all CPU ÷ wall clock; the machine has ")
                .append(Runtime.getRuntime().availableProcessors()).append(")\n");
        var processes = report.cpuByPhase().values().stream().findFirst().map(p -> p.cpuMs().keySet())
                .orElse(java.util.Set.of());
        s.append(String.format(Locale.ROOT, "  %-20s", "phase"));
        processes.forEach(n -> s.append(String.format(Locale.ROOT, " %12s", shortName(n))));
        s.append(String.format(Locale.ROOT, " %8s %8s %6s%n", "all", "wall", "cores"));
        report.cpuByPhase().forEach((phase, cpu) -> {
            s.append(String.format(Locale.ROOT, "  %-20s", phase));
            processes.forEach(n -> s.append(String.format(Locale.ROOT, " %12.1f",
                    cpu.cpuMs().getOrDefault(n, 0L) / 1000.0)));
            s.append(String.format(Locale.ROOT, " %8.1f %8.1f %6.2f%n", cpu.totalMs() / 1000.0, cpu.wallMs() / 1000.0,
                    cpu.wallMs() == 0 ? 0 : (double) cpu.totalMs() / cpu.wallMs()));
        });
        s.append("\nwhat the throughput targets need at this run's cost (CPU of every process in the phase ÷ units)\n");
        for (var c : report.capacity()) {
            s.append(String.format(Locale.ROOT, "  %-30s %6.2f CPU ms per %-16s × %6s/s = %5.2f cores of %d%n",
                    c.target(), c.cpuMsPerUnit(), c.unit(), fmt(c.ratePerSecond()), c.coresNeeded(),
                    c.coresAvailable()));
        }
        s.append("\ntargets\n");
        for (var t : report.targets()) {
            s.append(String.format(Locale.ROOT, "  %-6s %-48s goal %-10s measured %s%n", t.status(),
                    t.name(), t.goal(), t.measured()));
        }
        s.append("\ncorrectness\n");
        for (var c : report.checks()) {
            s.append(String.format(Locale.ROOT, "  %-4s %-19s %-55s %s%n", c.passed() ? "OK" : "FAIL", c.scenario(),
                    c.name(), c.detail()));
        }
        s.append("\nGatling reports:\n");
        report.gatlingReports().forEach(r -> s.append("  ").append(r).append("/index.html\n"));
        return s.toString();
    }

    private static String shortName(String process) {
        return process.equals(ProcessCpu.THIS_JVM) ? "broker+load" : process.replace("-service", "");
    }

    private static Row row(String scenario, RequestStats stats, String unit, String note) {
        return new Row(scenario, stats.name(), stats.rps(), unit, stats.p50(), stats.p95(), stats.p99(), stats.ko(),
                note);
    }

    /**
     * A row for one of two scenarios a simulation runs one after the other: Gatling's mean rate is over the
     * whole simulation, which would halve each.
     */
    private static Row rowOver(int seconds, String scenario, RequestStats stats, String unit, String note) {
        return new Row(scenario, stats.name(), (double) stats.total() / seconds, unit, stats.p50(), stats.p95(),
                stats.p99(), stats.ko(), note);
    }

    private static Map<String, String> with(Map<String, String> common, String... pairs) {
        var map = new LinkedHashMap<>(common);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static long millis(Object seconds) {
        return seconds == null ? -1 : Math.round(((Number) seconds).doubleValue() * 1000);
    }

    private static String ms(long value) {
        return value < 0 ? "-" : String.valueOf(value);
    }

    static String fmt(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    /**
     * Dumps each application's recording while it runs: one that does not stop within the suite's grace period is
     * killed, and a killed JVM writes no recording at exit.
     */
    private static void dumpRecordings(Suite suite, Path dir) {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        suite.processes().forEach((name, process) -> {
            try {
                var file = dir.resolve(name + ".jfr").toAbsolutePath();
                var done = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "JFR.dump", "filename=" + file)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                        .waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
                log.info("JFR recording of {}: {}{}", name, file, done ? "" : " (jcmd timed out)");
            } catch (IOException e) {
                log.warn("Could not dump the JFR recording of {}: {}", name, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, Report report) throws IOException {
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
    }
}
