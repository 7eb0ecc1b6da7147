package io.commerce.e2e;

import io.commerce.localstack.suite.AotCache;
import io.commerce.localstack.suite.JvmOptions;
import io.commerce.localstack.suite.Replicas;
import io.commerce.localstack.suite.Suite;
import java.util.List;
import java.util.Map;

/**
 * The suite the fault tests break, one per JVM (the {@code faults} execution of this module): as {@link RunningSuite},
 * but on three Kafka brokers as processes of their own, with the production saga deadline of 30 s, so that what a
 * fault costs is what production would lose.
 */
final class FaultSuite {

    static final Map<String, List<String>> SETTINGS = Map.of("gateway", RunningSuite.SETTINGS.get("gateway"));

    private static Suite suite;

    private FaultSuite() {
    }

    static synchronized Suite get() {
        if (suite == null) {
            suite = Suite.start(RunningSuite.ROOT, RunningSuite.ROOT.resolve("e2e-tests/target/fault-suite"), 0,
                    JvmOptions.quickStart(), SETTINGS, AotCache.Use.fromEnvironment(), Replicas.fromEnvironment(),
                    Suite.Kafka.CLUSTER);
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "fault-suite-stop"));
        }
        return suite;
    }

    /** Starts an instance killed or stopped by a test again, with the arguments it had. */
    static void restartInstance(String instance) {
        var application = instance.replaceFirst("-\\d+$", "");
        suite.restartInstance(RunningSuite.ROOT, instance, SETTINGS.getOrDefault(application, List.of()));
    }
}
