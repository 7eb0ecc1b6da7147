package io.commerce.load;

import static io.commerce.load.ReportTable.figure;

import io.commerce.load.simulations.GatewayOverheadSimulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's overhead: the same product read straight to product-service and through the gateway, with as many
 * concurrent users each way. Through ÷ direct throughput is the gateway ratio; no call may fail.
 */
final class GatewayOverheadScenario implements Scenario {

    private static final String NAME = "gateway vs direct";
    private static final double RATIO_GOAL = 0.70;

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
        suite.gatling().run(GatewayOverheadSimulation.class, "warm-up", suite.input("members", members,
                "direct", suite.suite().urlOf("product-service"), "concurrency", 8, "duration-s", 5));
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var profile = suite.profile();
        suite.settle();
        var report = suite.gatling().run(GatewayOverheadSimulation.class, NAME + " " + profile.name(),
                suite.input("members", members, "direct", suite.suite().urlOf("product-service"),
                        "concurrency", profile.overheadUsers(), "duration-s", profile.overheadSeconds()));
        return phase -> judge(suite, report);
    }

    private ScenarioResult judge(SeededSuite suite, GatlingReport report) {
        var profile = suite.profile();
        var direct = report.get(GatewayOverheadSimulation.DIRECT);
        var through = report.get(GatewayOverheadSimulation.THROUGH_GATEWAY);
        var note = profile.overheadUsers() + " concurrent users";
        var rows = List.of(Row.over(profile.overheadSeconds(), NAME, direct, "req/s", note),
                Row.over(profile.overheadSeconds(), NAME, through, "req/s", note));
        var checks = List.of(Check.equal(NAME, "no failed calls", 0L, direct.ko() + through.ko()));
        double ratio = through.rps() / direct.rps();
        var target = new Target("gateway / direct throughput", "≥ " + Math.round(RATIO_GOAL * 100) + " %",
                figure(ratio * 100) + " %", ratio >= RATIO_GOAL, suite.settings().judgesTargets());
        return new ScenarioResult(rows, checks, Map.of("gateway/direct throughput", ratio), List.of(target),
                List.of(), Optional.of(report.folder().toString()));
    }
}
