package io.commerce.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one scenario contributes to the report.
 *
 * @param rows          its lines of the table
 * @param checks        its correctness checks
 * @param ratios        its derived figures, by name
 * @param targets       its targets, judged
 * @param capacity      the cores its throughput targets need at this run's cost
 * @param gatlingReport the report folder of its simulation, if it ran one
 */
record ScenarioResult(List<Row> rows, List<Check> checks, Map<String, Double> ratios, List<Target> targets,
        List<Capacity> capacity, Optional<String> gatlingReport) {
}
