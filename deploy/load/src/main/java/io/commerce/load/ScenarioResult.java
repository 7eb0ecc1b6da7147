package io.commerce.load;

import java.util.List;

/**
 * What one scenario contributes to the report.
 *
 * @param rows          its lines of the table
 * @param checks        its correctness checks
 * @param figures       its costs, rates, ratios and latencies, by key
 * @param targets       its targets, judged
 * @param capacity      the cores its throughput targets need at this run's cost
 * @param gatlingReports the report folders of the simulations it ran
 */
record ScenarioResult(List<Row> rows, List<Check> checks, Figures figures, List<Target> targets,
        List<Capacity> capacity, List<String> gatlingReports) {
}
