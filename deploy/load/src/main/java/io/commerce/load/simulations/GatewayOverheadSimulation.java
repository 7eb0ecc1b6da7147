package io.commerce.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gateway overhead: the same call, {@code GET /api/v1/products/{id}} with a member's token, straight to
 * product-service ({@code load.side=direct}) or through the gateway ({@code gateway}), by a number of concurrent
 * users for a time (closed model: each finds the throughput the path can give). The benchmark runs both sides, one
 * after the other, with the same users and time: throughput through ÷ throughput direct is the gateway ratio.
 *
 * <p>Input: {@code load.side}, {@code load.gateway}, {@code load.direct} (product-service's URL),
 * {@code load.members}, {@code load.products}, {@code load.concurrency}, {@code load.duration-s}.
 */
public class GatewayOverheadSimulation extends Simulation {

    public static final String DIRECT = "GET /products/{id} direct";
    public static final String THROUGH_GATEWAY = "GET /products/{id} via gateway";

    private final List<Long> products = LoadInput.longs("products");
    private final int concurrency = LoadInput.integer("concurrency");
    private final Duration duration = Duration.ofSeconds(LoadInput.integer("duration-s"));

    private final HttpProtocolBuilder protocol = http.acceptHeader("application/json").shareConnections();

    private ScenarioBuilder calls(String name, String baseUrl) {
        return scenario(name)
                .feed(listFeeder(LoadInput.csv("members")).circular())
                .exec(session -> session.set("productId",
                        products.get(ThreadLocalRandom.current().nextInt(products.size()))))
                .exec(http(name).get(baseUrl + "/api/v1/products/#{productId}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200)));
    }

    {
        var calls = switch (LoadInput.string("side")) {
            case "direct" -> calls(DIRECT, LoadInput.string("direct"));
            case "gateway" -> calls(THROUGH_GATEWAY, LoadInput.string("gateway"));
            default -> throw new IllegalArgumentException("load.side: expected direct or gateway");
        };
        setUp(calls.injectClosed(constantConcurrentUsers(concurrency).during(duration))).protocols(protocol);
    }
}
