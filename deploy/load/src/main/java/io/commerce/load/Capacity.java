package io.commerce.load;

/**
 * What a throughput target asks of the machine at the cost this run measured: every process's CPU in the scenario's
 * phase (the load generator's and the broker's included, as they share the machine) divided by the units done, times
 * the rate the target needs. More cores than the machine has means no tuning of queues, pools or timeouts can meet
 * the target; only a lower cost per unit can.
 */
public record Capacity(String target, String unit, double cpuMsPerUnit, double ratePerSecond, double coresNeeded,
        int coresAvailable) {

    static Capacity of(String target, String unit, PhaseCpu phase, long units, double ratePerSecond) {
        return of(target, unit, phase, units, ratePerSecond, Runtime.getRuntime().availableProcessors());
    }

    static Capacity of(String target, String unit, PhaseCpu phase, long units, double ratePerSecond,
            int coresAvailable) {
        double perUnit = units == 0 ? Double.NaN : (double) phase.totalMs() / units;
        return new Capacity(target, unit, perUnit, ratePerSecond, perUnit * ratePerSecond / 1000, coresAvailable);
    }
}
