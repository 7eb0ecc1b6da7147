package io.commerce.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every scenario in smoke size (seconds, small N) against a suite started on free ports, asserting the
 * correctness checks — not speed: CI's machine is shared and small.
 */
class LoadSmokeTest {

    @Test
    void everyScenarioLeavesTheSuiteConsistent() {
        var report = Benchmark.run(Profile.SMOKE, Benchmark.repositoryRoot(), Path.of("target").toAbsolutePath());
        System.out.println(Benchmark.table(report));

        assertTrue(report.correct(), () -> "failed checks: " + report.failedChecks());
        assertEquals(4, report.gatlingReports().size());
        var rush = report.rows().getFirst();
        assertEquals(Profile.SMOKE.rushCoupons() > 0, rush.throughput() > 0);
    }
}
