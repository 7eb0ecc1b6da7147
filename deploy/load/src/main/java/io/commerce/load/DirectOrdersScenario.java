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

    @Override
    public String phase() {
        return NAME;
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var profile = suite.profile();
        var members = suite.seeder().members("direct-order", MEMBERS);
        suite.seeder().charge(members, CHARGE);
        var tokens = members.stream().map(Seeder.Member::token).toList();
        var orderService = suite.suite().urlOf("order-service");
        long product = suite.products().getFirst();
        // a millisecond early: the first order's placed_at must not fall before it
        var since = OffsetDateTime.now(ZoneOffset.UTC).minusNanos(1_000_000);
        long cpuBefore = suite.cpuMillis();
        int accepted = DirectOrders.place(orderService, tokens, product, profile.directOrderRate(),
                profile.directOrderSeconds());
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
        var row = db.rows("orders", """
                select count(*) filter (where status = 'COMPLETED'), count(*) filter (where status = 'FAILED'),
                       extract(epoch from max(completed_at) - min(placed_at)),
                       percentile_cont(0.5) within group (order by extract(epoch from completed_at - placed_at)),
                       percentile_cont(0.99) within group (order by extract(epoch from completed_at - placed_at))
                from orders where member_id like 'direct-order-%' and placed_at >= ?""", since).getFirst();
        long completed = ((Number) row[0]).longValue();
        long failed = ((Number) row[1]).longValue();
        double span = row[2] == null ? Double.NaN : ((Number) row[2]).doubleValue();
        long p50 = millis(row[3]);
        long p99 = millis(row[4]);
        double perSecond = completed / span;
        int offered = (int) (profile.directOrderRate() * profile.directOrderSeconds());
        var rows = List.of(new Row(NAME, "placed to COMPLETED, no gateway (DB)", perSecond, "completed/s", p50, -1,
                p99, offered - accepted, "offered " + figure(profile.directOrderRate()) + "/s for "
                + profile.directOrderSeconds() + " s; " + completed + " completed, " + failed + " failed"));
        var checks = List.of(
                Check.equal(NAME, "every direct order answered 202", (long) offered, (long) accepted),
                Check.of(NAME, "every direct order COMPLETED", settled && completed == accepted && failed == 0,
                        completed + " of " + accepted + " COMPLETED, " + failed + " FAILED"
                                + (settled ? "" : ", sagas still running 90 s after the last placement")));
        var figures = Figures.none()
                .cost("orderCpuMs", completed == 0 ? Double.NaN : (double) cpu / completed)
                .rate("directOrdersCompletedPerSecond", perSecond)
                .latency("directOrderP99", p99);
        double cpuPerOrder = figures.costs().get("orderCpuMs");
        var target = new Target("orders direct: CPU ms per completed order", "≤ " + figure(CPU_GOAL_MS),
                ReportTable.decimals(cpuPerOrder), cpuPerOrder <= CPU_GOAL_MS, suite.settings().judgesTargets());
        return new ScenarioResult(rows, checks, figures, List.of(target), List.of(), List.of());
    }

    private static long millis(Object seconds) {
        return seconds == null ? -1 : Math.round(((Number) seconds).doubleValue() * 1000);
    }
}
