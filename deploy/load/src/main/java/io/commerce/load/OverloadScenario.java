package io.commerce.load;

import static io.commerce.load.ReportTable.figure;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Orders straight to order-service at three times the rate the direct orders phase completed, for as long. Order
 * placement refuses what the saga cannot settle inside its deadline (503 {@code ORDERS_BACKLOGGED}), so the suite must
 * keep completing about what it sustains, fail no accepted order and refuse quickly. Straight to order-service like
 * the phase that measured the rate, so that the rate and the overload are of the same work.
 */
final class OverloadScenario implements Scenario {

    private static final String NAME = "overload";
    static final double OVERLOAD = 3;
    private static final double GOODPUT_GOAL = 0.9;
    private static final long REFUSAL_P99_GOAL_MS = 50;
    private static final int MEMBERS = 200;
    /** The most one charge may add; 1,000 orders of the cheapest product each, more than any member places here. */
    private static final long CHARGE = 1_000_000;
    /** The series of order-service's own timer that hold its refused placements. */
    private static final List<String> REFUSED_PLACEMENTS =
            List.of("method=\"POST\"", "status=\"503\"", "uri=\"/api/v1/orders\"");

    private final DirectOrdersScenario sustained;

    OverloadScenario(DirectOrdersScenario sustained) {
        this.sustained = sustained;
    }

    @Override
    public String phase() {
        return NAME;
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var profile = suite.profile();
        var tokens = suite.seeder().chargedTokens("overload", MEMBERS, CHARGE);
        double sustainable = sustained.sustainedPerSecond();
        double offered = OVERLOAD * (Double.isFinite(sustainable) ? sustainable : profile.directOrderRate());
        var since = OffsetDateTime.now(ZoneOffset.UTC).minusNanos(1_000_000);
        var management = suite.suite().process("order-service").managementUrl();
        var handledBefore = HandlerTimes.scrape(management, REFUSED_PLACEMENTS);
        var placements = DirectOrders.place(suite.suite().urlOf("order-service"), tokens,
                suite.products().getFirst(), offered, profile.directOrderSeconds());
        var refusalsHandled = HandlerTimes.scrape(management, REFUSED_PLACEMENTS).since(handledBefore);
        try {
            DirectOrders.awaitSagasDone(suite.db(), Duration.ofSeconds(90));
        } catch (ConditionTimeoutException stillPending) {
            // the checks report the stuck orders
        }
        return phase -> judge(suite, since, sustainable, offered, placements, refusalsHandled);
    }

    private ScenarioResult judge(SeededSuite suite, OffsetDateTime since, double sustainable, double offered,
            DirectOrders.Placements placements, HandlerTimes refusalsHandled) {
        var db = suite.db();
        int seconds = suite.profile().directOrderSeconds();
        var server = ServerLatency.since(db, since);
        var refusals = placements.refusalMillis();
        long refusalP99 = percentile(refusals, 0.99);
        var rows = List.of(
                new Row(NAME, "placed to COMPLETED, no gateway (DB)", server.completedPerSecond(), "completed/s",
                        server.p50Ms(), server.p95Ms(), server.p99Ms(), placements.other(), "offered "
                                + figure(offered) + "/s (" + figure(OVERLOAD) + " × " + figure(sustainable)
                                + ") for " + seconds + " s; " + placements.accepted() + " accepted, "
                                + placements.refused() + " refused"),
                new Row(NAME, "refusals (503 ORDERS_BACKLOGGED)", placements.refused() / (double) seconds, "req/s",
                        percentile(refusals, 0.5), percentile(refusals, 0.95), refusalP99, 0,
                        "client response time"),
                // what of that is order-service's own work, and what waiting before it (accept queue, CPU)
                new Row(NAME, "refusals: order-service's own time", refusalsHandled.count() / (double) seconds,
                        "req/s", refusalsHandled.percentileMillis(0.5), refusalsHandled.percentileMillis(0.95),
                        refusalsHandled.percentileMillis(0.99), 0,
                        "http.server.requests histogram, bucket upper bounds; the rest of the client's time is waiting"));

        long stored = db.number("orders", "select count(*) from orders where placed_at >= ?", since);
        long failed = db.number("orders", "select count(*) from orders where status = 'FAILED' and placed_at >= ?",
                since);
        long timedOut = db.number("orders", "select count(*) from orders where status = 'FAILED'"
                + " and failure_reason = 'TIMEOUT' and placed_at >= ?", since);
        var checks = List.of(
                Check.equal(NAME, "overload: every placement answered 202 or 503", 0L, (long) placements.other()),
                Check.equal(NAME, "overload: no order stuck PENDING", 0L,
                        db.number("orders", "select count(*) from orders where status = 'PENDING'")),
                Check.equal(NAME, "overload: every accepted order stored, no refused one", (long) placements.accepted(),
                        stored),
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
                        refusals.isEmpty() ? "none refused" : refusalP99 + " ms",
                        !refusals.isEmpty() && refusalP99 <= REFUSAL_P99_GOAL_MS, judged));
        var figures = Figures.none()
                .rate("overloadOrdersCompletedPerSecond", goodput)
                .rate("overloadRefusalsPerSecond", placements.refused() / (double) seconds)
                .ratio("overloadGoodputToSustained", sustainable > 0 ? goodput / sustainable : Double.NaN)
                .latency("overloadRefusalP99", refusalP99)
                .latency("overloadRefusalHandlerP99", refusalsHandled.percentileMillis(0.99));
        return new ScenarioResult(rows, checks, figures, targets, List.of(), List.of());
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
