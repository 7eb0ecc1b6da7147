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
        // each phase read the CPU of all eight processes, and every phase made PostgreSQL work
        assertEquals(report.rssMbByPhase().keySet(), report.cpuByPhase().keySet());
        report.cpuByPhase().forEach((phase, cpu) -> {
            assertEquals(8, cpu.cpuMs().size(), phase);
            assertTrue(cpu.cpuMs().get("postgres") > 0, () -> phase + ": " + cpu);
        });
        assertTrue(report.cpuByPhase().get("coupon rush").cpuMs().get("gateway") > 0);
    }
}
