package io.commerce.load;

import java.util.Properties;

/**
 * What {@link SagaCost} is told: {@code saga.rate} (orders per second, default 30) for {@code saga.seconds} (default
 * 60), after {@code saga.warmup-seconds} (default 240) at {@code saga.warmup-rate} (default 10): on two shared cores
 * C2 compiles what the saga runs only if the load leaves it CPU, and until it has, the code runs in C1's profiling
 * tier, slower than C1 alone; the suite as for the benchmark ({@link SuiteSettings}).
 */
record SagaCostSettings(SuiteSettings suite, double rate, int seconds, double warmupRate, int warmupSeconds) {

    static SagaCostSettings from(Properties properties) {
        var read = new SettingsReader(properties);
        return new SagaCostSettings(SuiteSettings.from(read), read.positive("saga.rate", 30),
                read.integer("saga.seconds", 60, 1, 3_600), read.positive("saga.warmup-rate", 10),
                read.integer("saga.warmup-seconds", 240, 0, 3_600));
    }
}
