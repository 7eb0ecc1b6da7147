package io.commerce.load;

import static io.commerce.load.ReportTable.figure;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One-line orders straight to order-service ({@link DirectOrders}: no gateway, no client following them) at the
 * profile's direct rate, measured from the first placement until every saga has ended and every outbox is empty:
 * {@code costs.orderCpuMs}, what the saga alone costs per completed order. Every order must complete.
 *
 * <p>It runs after the gated orders and charges its own members when it starts, so the orders scenario's money
 * checks, which sum every balance, are judged before these charges exist.
 */
final class DirectOrdersScenario implements Scenario {

    private static final String NAME = "orders direct";
    private static final int MEMBERS = 50;
    private static final double CPU_GOAL_MS = 5;
    /** The most one charge may be (balance-service's limit): 50 of them pay for 50,000 one-line orders. */
    private static final long CHARGE = 1_000_000;

    private double completedPerSecond = Double.NaN;
    private boolean allCompleted;

    /**
     * What this phase completed per second, if it completed every order it was offered: the rate the saga sustains
     * here, which the overload phase offers three times.
     */
    double sustainedPerSecond() {
        return allCompleted ? completedPerSecond : Double.NaN;
    }

    @Override
    public String phase() {
        return NAME;
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var profile = suite.profile();
        var tokens = suite.seeder().chargedTokens("direct-order", MEMBERS, CHARGE);
        var orderService = suite.suite().urlOf("order-service");
        long product = suite.products().getFirst();
        // a millisecond early: the first order's placed_at must not fall before it
        var since = OffsetDateTime.now(ZoneOffset.UTC).minusNanos(1_000_000);
        long cpuBefore = suite.cpuMillis();
        int accepted = DirectOrders.place(orderService, tokens, product, profile.directOrderRate(),
                profile.directOrderSeconds()).accepted();
        boolean settled = settle(suite);
        long cpu = suite.cpuMillis() - cpuBefore;
        return phase -> judge(suite, since, accepted, settled, cpu);
    }

    private static boolean settle(SeededSuite suite) {
        try {
            DirectOrders.awaitSagasDone(suite.db(), Duration.ofSeconds(90));
            return true;
        } catch (ConditionTimeoutException stillPending) {
            return false;
        }
    }

    private ScenarioResult judge(SeededSuite suite, OffsetDateTime since, int accepted, boolean settled, long cpu) {
        var profile = suite.profile();
        var db = suite.db();
        // only these orders are placed from `since` on: the orders scenario has ended, and no other runs after it
        var latency = ServerLatency.since(db, since);
        long completed = latency.completed();
        long failed = db.number("orders", "select count(*) from orders where status = 'FAILED' and placed_at >= ?",
                since);
        double perSecond = latency.completedPerSecond();
        completedPerSecond = perSecond;
        allCompleted = settled && completed == accepted && failed == 0 && accepted > 0;
        int offered = (int) (profile.directOrderRate() * profile.directOrderSeconds());
        var rows = List.of(new Row(NAME, "placed to COMPLETED, no gateway (DB)", perSecond, "completed/s",
                latency.p50Ms(), latency.p95Ms(), latency.p99Ms(), offered - accepted,
                "offered " + figure(profile.directOrderRate()) + "/s for " + profile.directOrderSeconds() + " s; "
                        + completed + " completed, " + failed + " failed"));
        var checks = List.of(
                Check.equal(NAME, "every direct order answered 202", (long) offered, (long) accepted),
                Check.of(NAME, "every direct order COMPLETED", settled && completed == accepted && failed == 0,
                        completed + " of " + accepted + " COMPLETED, " + failed + " FAILED"
                                + (settled ? "" : ", sagas still running 90 s after the last placement")));
        double cpuPerOrder = completed == 0 ? Double.NaN : (double) cpu / completed;
        var figures = Figures.none()
                .cost("orderCpuMs", cpuPerOrder)
                .rate("directOrdersCompletedPerSecond", perSecond)
                .latency("directOrderP99", latency.p99Ms());
        var target = new Target("orders direct: CPU ms per completed order", "≤ " + figure(CPU_GOAL_MS),
                ReportTable.decimals(cpuPerOrder), cpuPerOrder <= CPU_GOAL_MS, suite.settings().judgesTargets());
        return new ScenarioResult(rows, checks, figures, List.of(target), List.of(), List.of());
    }
}
