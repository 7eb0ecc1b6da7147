package io.commerce.load;

import io.commerce.localstack.suite.JvmOptions;
import java.util.List;
import java.util.Properties;

/**
 * What {@link EdgeCost} is told: {@code edge.users} closed-loop clients (default 32) for {@code edge.seconds} each way
 * (default 20); {@code edge.gateway-args}, more arguments for the gateway (to measure what a part of it costs, e.g. a
 * route of its own, observations off); {@code edge.gateway-prefix}, a path prefix such a route takes (e.g.
 * {@code /bare}); the suite as for the benchmark ({@link SuiteSettings}).
 */
record EdgeCostSettings(SuiteSettings suite, int users, int seconds, List<String> gatewayArguments,
        String gatewayPrefix) {

    EdgeCostSettings {
        if (!gatewayPrefix.isEmpty() && !gatewayPrefix.startsWith("/")) {
            throw SettingsReader.invalid("edge.gateway-prefix", gatewayPrefix, "a path starting with /");
        }
        gatewayArguments = List.copyOf(gatewayArguments);
    }

    static EdgeCostSettings from(Properties properties) {
        var read = new SettingsReader(properties);
        return new EdgeCostSettings(SuiteSettings.from(read), read.integer("edge.users", 32, 1, 10_000),
                read.integer("edge.seconds", 20, 1, 3_600),
                JvmOptions.words(read.text("edge.gateway-args").orElse(null)), read.text("edge.gateway-prefix", ""));
    }
}
