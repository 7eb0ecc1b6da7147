package io.commerce.load;

import java.util.Properties;

/**
 * What {@link SagaCost} is told: {@code saga.rate} (orders per second, default 30) for {@code saga.seconds} (default
 * 40), after a warm-up as long; the suite as for the benchmark ({@link SuiteSettings}).
 */
record SagaCostSettings(SuiteSettings suite, double rate, int seconds) {

    static SagaCostSettings from(Properties properties) {
        var read = new SettingsReader(properties);
        return new SagaCostSettings(SuiteSettings.from(read), read.positive("saga.rate", 30),
                read.integer("saga.seconds", 40, 1, 3_600));
    }
}
