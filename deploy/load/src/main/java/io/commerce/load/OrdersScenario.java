package io.commerce.load;

import static io.commerce.load.ReportTable.figure;
import static org.awaitility.Awaitility.await;

import io.commerce.load.simulations.OrdersSimulation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Orders at a fixed arrival rate, each followed until it leaves PENDING. No order may be lost, stuck or FAILED (stock
 * and balances suffice), and stock, reservations, balances and the ledger must agree with the COMPLETED orders.
 */
final class OrdersScenario implements Scenario {

    private static final String NAME = "orders";
    /** Each ordering member's balance: enough that no order of the benchmark is refused for money. */
    private static final long CHARGE = 1_000_000;
    private static final int TARGET_PER_SECOND = 150;
    private static final double CPU_GOAL_MS = 8;
    private static final int P99_GOAL_MS = 1000;

    private Path members;
    private long charged;

    @Override
    public String phase() {
        return NAME;
    }

    @Override
    public void seed(SeededSuite suite) {
        int count = suite.profile().orderMembers();
        members = suite.membersFile("members-orders.csv", count);
        charged = suite.seeder().charge(suite.members(count), CHARGE);
    }

    /**
     * Three minutes at 10/s through the gateway: on two shared cores C2 compiles the saga's code only while the load
     * leaves it CPU, and until it has, that code runs in C1's profiling tier, slower than C1 alone. This warms what
     * the direct orders run too.
     */
    @Override
    public void warmUp(SeededSuite suite) {
        suite.gatling().run(OrdersSimulation.class, "warm-up", suite.input("members", members, "rate", 10,
                "duration-s", 180, "wait-s", suite.settings().orderWaitSeconds(), "poll-ms", 100, "poll-max", 600));
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var profile = suite.profile();
        suite.settle();
        // a millisecond early: the first order's placed_at must not fall before it
        var since = OffsetDateTime.now(ZoneOffset.UTC).minusNanos(1_000_000);
        long cpuBefore = suite.cpuMillis();
        var report = suite.gatling().run(OrdersSimulation.class, NAME + " " + profile.name(), suite.input(
                "members", members, "rate", profile.orderRate(), "duration-s", profile.orderSeconds(),
                "wait-s", suite.settings().orderWaitSeconds(), "poll-ms", profile.pollMs(), "poll-max", 600));
        // until the last saga's events have left every outbox: what the orders cost, compensations included
        try {
            DirectOrders.awaitSagasDone(suite.db(), Duration.ofSeconds(45));
        } catch (ConditionTimeoutException stillPending) {
            // the checks report the stuck orders
        }
        long cpu = suite.cpuMillis() - cpuBefore;
        return phase -> judge(suite, report, since, phase, cpu);
    }

    private ScenarioResult judge(SeededSuite suite, GatlingReport report, OffsetDateTime since, PhaseCpu phase,
            long cpu) {
        var profile = suite.profile();
        int waitSeconds = suite.settings().orderWaitSeconds();
        var place = report.get("place order");
        var toFinal = report.get(OrdersSimulation.GROUP);
        var polls = report.getOrEmpty("poll order");
        var rows = new ArrayList<Row>();
        rows.add(new Row(NAME, "POST /orders (202)", place.rps(), "req/s", place.p50(), place.p95(), place.p99(),
                place.ko(), "offered " + figure(profile.orderRate()) + "/s for " + profile.orderSeconds() + " s"));
        rows.add(new Row(NAME, "GET /orders/{id} (polls)", polls.rps(), "req/s", polls.p50(), polls.p95(),
                polls.p99(), polls.ko(), (waitSeconds > 0 ? "?wait=" + waitSeconds + ", then " : "")
                        + profile.pollMs() + " ms pause while PENDING"));
        rows.add(new Row(NAME, "placement to final (client, polled)", toFinal.rps(), "orders/s", toFinal.p50(),
                toFinal.p95(), toFinal.p99(), toFinal.ko(), "Gatling group duration"));
        var checks = checks(suite, since, place);
        var server = ServerLatency.since(suite.db(), since);
        rows.add(new Row(NAME, "placed to COMPLETED (server clocks, DB)", server.completedPerSecond(),
                "completed/s", server.p50Ms(), server.p95Ms(), server.p99Ms(), 0,
                server.completed() + " completed over " + figure(server.spanSeconds()) + " s"));

        double viaGatewayCpuMs = server.completed() == 0 ? Double.NaN : (double) cpu / server.completed();
        var figures = Figures.none()
                .cost("orderViaGatewayCpuMs", viaGatewayCpuMs)
                .rate("ordersCompletedPerSecond", server.completedPerSecond())
                .latency("orderP99Server", server.p99Ms())
                .latency("orderP99Client", toFinal.p99());

        boolean judged = suite.settings().judgesTargets();
        boolean noneLost = checks.stream()
                .filter(c -> c.name().startsWith("no lost") || c.name().startsWith("no order stuck"))
                .allMatch(Check::passed);
        var targets = List.of(
                new Target("orders: completed/s sustained " + profile.orderSeconds() + " s", "≥ " + TARGET_PER_SECOND,
                        figure(server.completedPerSecond()), server.completedPerSecond() >= TARGET_PER_SECOND, judged),
                new Target("orders: p99 placement→COMPLETED", "≤ " + P99_GOAL_MS + " ms",
                        "client " + toFinal.p99() + " ms, server " + server.p99Ms() + " ms",
                        toFinal.p99() <= P99_GOAL_MS && server.p99Ms() <= P99_GOAL_MS, judged),
                new Target("orders: lost or stuck", "0", noneLost ? "0" : "see checks", noneLost, true),
                new Target("orders: CPU ms per completed order via the gateway", "≤ " + figure(CPU_GOAL_MS),
                        ReportTable.decimals(viaGatewayCpuMs), viaGatewayCpuMs <= CPU_GOAL_MS, judged));
        var capacity = List.of(Capacity.of("orders: ≥ " + TARGET_PER_SECOND + " completed/s", "completed order",
                phase, server.completed(), TARGET_PER_SECOND));
        return new ScenarioResult(rows, checks, figures, targets, capacity, List.of(report.folder().toString()));
    }

    private List<Check> checks(SeededSuite suite, OffsetDateTime since, RequestStats place) {
        var db = suite.db();
        var checks = new ArrayList<Check>();
        // the saga deadline is 30 s: an order still PENDING after it (plus a sweep) is stuck
        checks.addAll(eventually(Duration.ofSeconds(45), () -> List.of(Check.equal(NAME, "no order stuck PENDING", 0L,
                db.number("orders", "select count(*) from orders where status = 'PENDING'")))));
        long stored = db.number("orders", "select count(*) from orders where placed_at >= ?", since);
        checks.add(Check.of(NAME, "no lost orders (every 202 is in the order DB)", stored >= place.ok(),
                place.ok() + " answered 202, " + stored + " stored"
                        + (stored > place.ok() ? " (" + (stored - place.ok()) + " placed although the client got an"
                        + " error: gateway 504s whose outcome was unknown to the client)" : "")));
        // this scenario's orders: the warm-up's, placed while C2 was still compiling, are not judged
        checks.add(Check.equal(NAME, "no order FAILED (stock and balances suffice)", 0L,
                db.number("orders", "select count(*) from orders where status = 'FAILED' and placed_at >= ?", since)));
        // compensations travel over Kafka after an order fails: give them a moment to land
        checks.addAll(eventually(Duration.ofSeconds(30), () -> settledChecks(suite)));
        return checks;
    }

    private List<Check> settledChecks(SeededSuite suite) {
        var db = suite.db();
        var checks = new ArrayList<Check>();
        var sold = new HashMap<Long, Long>();
        db.rows("orders", """
                select l.product_id, sum(l.quantity) from order_line l join orders o on o.id = l.order_id
                where o.status = 'COMPLETED' group by l.product_id""")
                .forEach(r -> sold.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        var stockErrors = new ArrayList<String>();
        for (var row : db.rows("product", "select id, stock from product where id = any(?)",
                (Object) suite.products().toArray(Long[]::new))) {
            long id = ((Number) row[0]).longValue();
            long left = ((Number) row[1]).longValue();
            long expected = SeededSuite.PRODUCT_STOCK - sold.getOrDefault(id, 0L);
            if (left != expected) {
                stockErrors.add("product " + id + ": stock " + left + ", expected " + expected);
            }
        }
        checks.add(Check.of(NAME, "stock = initial − units of COMPLETED orders", stockErrors.isEmpty(),
                stockErrors.isEmpty() ? suite.products().size() + " products consistent"
                        : String.join("; ", stockErrors)));
        long completed = db.number("orders", "select count(*) from orders where status = 'COMPLETED'");
        checks.add(Check.equal(NAME, "reservations held = COMPLETED orders", completed,
                db.number("product", "select count(*) from stock_reservation where status = 'RESERVED'")));
        long paid = db.number("orders", "select coalesce(sum(paid_amount), 0) from orders where status = 'COMPLETED'");
        long balances = db.number("balance", "select coalesce(sum(amount), 0) from balance");
        checks.add(Check.equal(NAME, "money conserved: balances + COMPLETED payments = charges", charged,
                balances + paid));
        checks.add(Check.equal(NAME, "ledger charges = charges made", charged,
                db.number("balance", "select coalesce(sum(amount), 0) from ledger_entry where type = 'CHARGE'")));
        checks.add(Check.equal(NAME, "ledger payments − refunds = COMPLETED payments", paid,
                db.number("balance", "select coalesce(sum(case when type = 'PAYMENT' then amount else -amount end), 0)"
                        + " from ledger_entry where type in ('PAYMENT', 'REFUND')")));
        return checks;
    }

    /** Re-runs the checks until all pass or the time is up; the last outcome is the report. */
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
}
