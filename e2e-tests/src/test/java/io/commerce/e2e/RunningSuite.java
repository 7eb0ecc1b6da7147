package io.commerce.e2e;

import io.commerce.localstack.suite.JvmOptions;
import io.commerce.localstack.suite.Suite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One suite for every end-to-end test class of the JVM: started on free ports on first use, stopped when
 * the JVM ends, each application with the suite's JVM options ({@link JvmOptions#quickStart()}, as {@code ./run.sh}).
 * Limits that protect production (rate limits) are raised, and the saga deadline is long enough for a participant
 * to be restarted mid-saga.
 */
final class RunningSuite {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Map<String, List<String>> SETTINGS = Map.of(
            "gateway", List.of(
                    "--commerce.gateway.rate-limit.member.requests-per-second=10000",
                    "--commerce.gateway.rate-limit.member.burst=10000",
                    "--commerce.gateway.rate-limit.coupon-claim.requests-per-second=10000",
                    "--commerce.gateway.rate-limit.coupon-claim.burst=10000"),
            "order-service", List.of("--order.saga.deadline=90s"));

    private static Suite suite;

    private RunningSuite() {
    }

    static synchronized Suite get() {
        if (suite == null) {
            suite = Suite.start(ROOT, ROOT.resolve("e2e-tests/target/suite"), 0, JvmOptions.quickStart(), SETTINGS);
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "suite-stop"));
        }
        return suite;
    }
}
