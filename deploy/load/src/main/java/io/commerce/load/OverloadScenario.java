package io.commerce.load;

import static io.commerce.load.ReportTable.figure;

import io.commerce.load.simulations.OrdersSimulation;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Orders through the gateway at three times the rate the orders phase completed, for as long as that phase. Order
 * placement refuses what the saga cannot settle inside its deadline (503 {@code ORDERS_BACKLOGGED}), so the suite
 * must keep completing about what it sustains, fail no accepted order, and refuse quickly.
 */
final class OverloadScenario implements Scenario {

    private static final String NAME = "overload";
    static final double OVERLOAD = 3;
    private static final double GOODPUT_GOAL = 0.9;
    private static final long REFUSAL_P99_GOAL_MS = 50;

    private final OrdersScenario sustained;

    OverloadScenario(OrdersScenario sustained) {
        this.sustained = sustained;
    }

    @Override
    public String phase() {
        return NAME;
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var profile = suite.profile();
        suite.settle();
        double sustainable = sustained.completedPerSecond();
        double offered = OVERLOAD * (Double.isFinite(sustainable) && sustainable > 0 ? sustainable : profile.orderRate());
        var since = OffsetDateTime.now(ZoneOffset.UTC).minusNanos(1_000_000);
        var report = suite.gatling().run(OrdersSimulation.class, NAME + " " + profile.name(), suite.input(
                "members", sustained.members(), "rate", offered, "duration-s", profile.orderSeconds(),
                "wait-s", suite.settings().orderWaitSeconds(), "poll-ms", profile.pollMs(), "poll-max", 600,
                "refusals", 1));
        var refusals = List.copyOf(OrdersSimulation.REFUSAL_MILLIS);
        try {
            DirectOrders.awaitSagasDone(suite.db(), Duration.ofSeconds(45));
        } catch (ConditionTimeoutException stillPending) {
            // the checks report the stuck orders
        }
        return phase -> judge(suite, report, since, sustainable, offered, refusals);
    }

    private ScenarioResult judge(SeededSuite suite, GatlingReport report, OffsetDateTime since, double sustainable,
            double offered, List<Long> refusals) {
        var db = suite.db();
        var place = report.get("place order");
        var server = ServerLatency.since(db, since);
        long refused = refusals.size();
        long accepted = place.ok() - refused;
        long refusalP99 = percentile(refusals, 0.99);
        var rows = new ArrayList<Row>();
        rows.add(new Row(NAME, "POST /orders (202 or 503)", place.rps(), "req/s", place.p50(), place.p95(),
                place.p99(), place.ko(), "offered " + figure(offered) + "/s (" + figure(OVERLOAD) + " × "
                        + figure(sustainable) + ") for " + suite.profile().orderSeconds() + " s; " + accepted
                        + " accepted, " + refused + " refused"));
        rows.add(new Row(NAME, "refusals (503 ORDERS_BACKLOGGED)", refused / (double) suite.profile().orderSeconds(),
                "req/s", percentile(refusals, 0.5), percentile(refusals, 0.95), refusalP99, 0, "client response time"));
        rows.add(new Row(NAME, "placed to COMPLETED (server clocks, DB)", server.completedPerSecond(), "completed/s",
                server.p50Ms(), server.p95Ms(), server.p99Ms(), 0, server.completed() + " completed over "
                        + figure(server.spanSeconds()) + " s"));

        long stored = db.number("orders", "select count(*) from orders where placed_at >= ?", since);
        long failed = db.number("orders", "select count(*) from orders where status = 'FAILED' and placed_at >= ?",
                since);
        long timedOut = db.number("orders", "select count(*) from orders where status = 'FAILED'"
                + " and failure_reason = 'TIMEOUT' and placed_at >= ?", since);
        var checks = List.of(
                Check.equal(NAME, "overload: no order stuck PENDING", 0L,
                        db.number("orders", "select count(*) from orders where status = 'PENDING'")),
                Check.of(NAME, "overload: every accepted order stored, no refused one", stored == accepted,
                        accepted + " accepted, " + stored + " stored"),
                Check.equal(NAME, "overload: no accepted order FAILED", 0L, failed),
                Check.equal(NAME, "overload: money conserved: balances + COMPLETED payments = ledger charges",
                        db.number("balance", "select coalesce(sum(amount), 0) from ledger_entry where type = 'CHARGE'"),
                        db.number("balance", "select coalesce(sum(amount), 0) from balance")
                                + db.number("orders", "select coalesce(sum(paid_amount), 0) from orders"
                                        + " where status = 'COMPLETED'")));

        double goodput = server.completedPerSecond();
        boolean judged = suite.settings().judgesTargets();
        var targets = List.of(
                new Target("overload: completed/s at " + figure(OVERLOAD) + "× the sustained rate",
                        "≥ " + Math.round(GOODPUT_GOAL * 100) + " % of " + figure(sustainable),
                        figure(goodput), goodput >= GOODPUT_GOAL * sustainable, judged),
                new Target("overload: TIMEOUT among accepted orders", "0", String.valueOf(timedOut), timedOut == 0, true),
                new Target("overload: refusals p99", "≤ " + REFUSAL_P99_GOAL_MS + " ms",
                        refused == 0 ? "none refused" : refusalP99 + " ms",
                        refused > 0 && refusalP99 <= REFUSAL_P99_GOAL_MS, judged));
        var figures = Figures.none()
                .rate("overloadOrdersCompletedPerSecond", goodput)
                .rate("overloadRefusalsPerSecond", refused / (double) suite.profile().orderSeconds())
                .ratio("overloadGoodputToSustained", sustainable > 0 ? goodput / sustainable : Double.NaN)
                .latency("overloadRefusalP99", refusalP99);
        return new ScenarioResult(rows, checks, figures, targets, List.of(), List.of(report.folder().toString()));
    }

    /** The nearest-rank percentile of {@code millis}; 0 if there are none. */
    static long percentile(List<Long> millis, double quantile) {
        if (millis.isEmpty()) {
            return 0;
        }
        var sorted = millis.stream().sorted().toList();
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
