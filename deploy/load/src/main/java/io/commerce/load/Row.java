package io.commerce.load;

/**
 * A line of the table: one measured request, group or loop. Latencies in ms (-1: not measured); throughput in
 * {@code unit}.
 */
public record Row(String scenario, String measure, double throughput, String unit, long p50, long p95, long p99,
        long errors, String note) {

    /** A line from Gatling's statistics of one request or group, at its mean rate over the simulation. */
    static Row of(String scenario, RequestStats stats, String unit, String note) {
        return new Row(scenario, stats.name(), stats.rps(), unit, stats.p50(), stats.p95(), stats.p99(), stats.ko(),
                note);
    }

    /**
     * A line for one of two scenarios a simulation runs one after the other: Gatling's mean rate is over the whole
     * simulation, which would halve each, so the rate is over the scenario's own {@code seconds}.
     */
    static Row over(int seconds, String scenario, RequestStats stats, String unit, String note) {
        return new Row(scenario, stats.name(), (double) stats.total() / seconds, unit, stats.p50(), stats.p95(),
                stats.p99(), stats.ko(), note);
    }
}
