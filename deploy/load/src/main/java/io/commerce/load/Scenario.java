package io.commerce.load;

/**
 * One part of the benchmark: what it seeds, how it warms the JVMs up, the load it drives, and how it judges what
 * that load left behind. The benchmark seeds every scenario before any load, warms them all up, then drives and
 * judges each in turn. A scenario's phase (its CPU and RSS) runs from the end of the previous one until its load
 * ends, so it includes the settling before its load and the previous scenario's checks, not its own.
 */
interface Scenario {

    /** The phase its load is measured in, as the RSS and CPU tables name it. */
    String phase();

    /** Creates what the scenario needs (not measured). */
    default void seed(SeededSuite suite) {
    }

    /** A gentle run of the same load, warming the JVMs up (not measured). */
    default void warmUp(SeededSuite suite) {
    }

    /** Drives the load. The phase ends when this returns; what it left behind is judged after that. */
    Outcome drive(SeededSuite suite);

    /** What a scenario's load left behind, judged once its phase has ended. */
    @FunctionalInterface
    interface Outcome {

        ScenarioResult judge(PhaseCpu phase);
    }
}
