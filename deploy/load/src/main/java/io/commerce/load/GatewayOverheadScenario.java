package io.commerce.load;

import static io.commerce.load.ReportTable.figure;

import io.commerce.load.simulations.GatewayOverheadSimulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The gateway's overhead: the same product read straight to product-service and through the gateway, with as many
 * concurrent users each way. Through ÷ direct throughput is the gateway ratio; no call may fail.
 */
final class GatewayOverheadScenario implements Scenario {

    private static final String NAME = "gateway vs direct";
    private static final double RATIO_GOAL = 0.55;
    private static final double ADDED_CPU_GOAL_MS = 0.3;

    private Path members;

    @Override
    public String phase() {
        return NAME;
    }

    @Override
    public void seed(SeededSuite suite) {
        members = suite.membersFile("members-reads.csv", suite.profile().readMembers());
    }

    @Override
    public void warmUp(SeededSuite suite) {
        for (var side : List.of("direct", "gateway")) {
            suite.gatling().run(GatewayOverheadSimulation.class, "warm-up " + side, input(suite, side, 8, 5));
        }
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        suite.settle();
        long start = suite.cpuMillis();
        var direct = run(suite, "direct");
        long between = suite.cpuMillis();
        var through = run(suite, "gateway");
        long end = suite.cpuMillis();
        return phase -> judge(suite, direct, through, between - start, end - between);
    }

    private GatlingReport run(SeededSuite suite, String side) {
        var profile = suite.profile();
        return suite.gatling().run(GatewayOverheadSimulation.class, NAME + " " + side + " " + profile.name(),
                input(suite, side, profile.overheadUsers(), profile.overheadSeconds()));
    }

    private Map<String, String> input(SeededSuite suite, String side, int concurrency, int seconds) {
        return suite.input("side", side, "members", members, "direct", suite.suite().urlOf("product-service"),
                "concurrency", concurrency, "duration-s", seconds);
    }

    private ScenarioResult judge(SeededSuite suite, GatlingReport directReport, GatlingReport throughReport,
            long directCpu, long throughCpu) {
        var profile = suite.profile();
        var direct = directReport.get(GatewayOverheadSimulation.DIRECT);
        var through = throughReport.get(GatewayOverheadSimulation.THROUGH_GATEWAY);
        var note = profile.overheadUsers() + " concurrent users";
        var rows = List.of(Row.over(profile.overheadSeconds(), NAME, direct, "req/s", note),
                Row.over(profile.overheadSeconds(), NAME, through, "req/s", note));
        var checks = List.of(Check.equal(NAME, "no failed calls", 0L, direct.ko() + through.ko()));
        double ratio = through.rps() / direct.rps();
        var target = new Target("gateway / direct throughput", "≥ " + Math.round(RATIO_GOAL * 100) + " %",
                figure(ratio * 100) + " %", ratio >= RATIO_GOAL, suite.settings().judgesTargets());
        // both sides pay for product-service and the client; the difference is the gateway's part
        double added = (double) throughCpu / through.total() - (double) directCpu / direct.total();
        var figures = Figures.none().cost("gatewayAddedCpuMs", added).ratio("gatewayToDirect", ratio);
        var cost = new Target("gateway: CPU ms added per routed read", "≤ " + ADDED_CPU_GOAL_MS,
                ReportTable.decimals(added), added <= ADDED_CPU_GOAL_MS, suite.settings().judgesTargets());
        return new ScenarioResult(rows, checks, figures, List.of(target, cost), List.of(),
                List.of(directReport.folder().toString(), throughReport.folder().toString()));
    }
}
