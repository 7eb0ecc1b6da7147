package io.commerce.load;

import static io.commerce.load.ReportTable.figure;

import io.commerce.load.simulations.CatalogueSimulation;
import java.nio.file.Path;
import java.util.List;

/** Catalogue reads at fixed rates: the popular products, then the product list. No read may fail. */
final class CatalogueScenario implements Scenario {

    private static final String NAME = "catalogue";
    private static final int POPULAR_P99_GOAL_MS = 25;

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
        suite.gatling().run(CatalogueSimulation.class, "warm-up", suite.input("members", members,
                "popular.rate", 100, "list.rate", 50, "duration-s", 5));
    }

    @Override
    public Outcome drive(SeededSuite suite) {
        var profile = suite.profile();
        suite.settle();
        var report = suite.gatling().run(CatalogueSimulation.class, NAME + " " + profile.name(), suite.input(
                "members", members, "popular.rate", profile.popularRate(), "list.rate", profile.listRate(),
                "duration-s", profile.readSeconds()));
        return phase -> judge(suite, report);
    }

    private ScenarioResult judge(SeededSuite suite, GatlingReport report) {
        var profile = suite.profile();
        int seconds = profile.readSeconds();
        var popular = report.get("GET /products/popular");
        var list = report.get("GET /products");
        // the two read scenarios run one after the other: each one's rate is over its own duration
        var rows = List.of(
                Row.over(seconds, NAME, popular, "req/s",
                        "offered " + figure(profile.popularRate()) + "/s for " + seconds + " s"),
                Row.over(seconds, NAME, list, "req/s",
                        "offered " + figure(profile.listRate()) + "/s for " + seconds + " s, after popular"));
        var checks = List.of(Check.equal(NAME, "no failed reads", 0L, popular.ko() + list.ko()));
        var target = new Target("popular products p99 at " + figure(profile.popularRate()) + " req/s",
                "≤ " + POPULAR_P99_GOAL_MS + " ms",
                popular.p99() + " ms at " + figure((double) popular.total() / seconds) + " req/s",
                popular.p99() <= POPULAR_P99_GOAL_MS, suite.settings().judgesTargets());
        var figures = Figures.none().latency("popularP99", popular.p99());
        return new ScenarioResult(rows, checks, figures, List.of(target), List.of(),
                List.of(report.folder().toString()));
    }
}
