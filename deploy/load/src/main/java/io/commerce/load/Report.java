package io.commerce.load;

import java.util.List;
import java.util.Map;

/**
 * One benchmark run: everything the table shows, and {@code summary.json} holds. {@code costs}, {@code rates},
 * {@code ratios} and {@code latenciesMs} are {@link Figures} of every scenario, by key.
 */
public record Report(String profile, String javaOptions, List<String> gatewayArgs, List<Row> rows,
        Map<String, Double> costs, Map<String, Double> rates, Map<String, Double> ratios,
        Map<String, Double> latenciesMs, Map<String, Map<String, Long>> rssMbByPhase, Map<String, Long> rssMbMax,
        Map<String, PhaseCpu> cpuByPhase, List<Capacity> capacity, List<Check> checks, List<Target> targets,
        List<String> gatlingReports) {

    public boolean correct() {
        return checks.stream().allMatch(Check::passed);
    }

    public List<Check> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
