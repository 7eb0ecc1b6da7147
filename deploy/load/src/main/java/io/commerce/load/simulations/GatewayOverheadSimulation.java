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
 * Gateway overhead: the same call, {@code GET /api/v1/products/{id}} with a member's token, first straight to
 * product-service and then through the gateway, each with the same number of concurrent users for the same
 * time (closed model: each finds the throughput the path can give). Throughput through / throughput direct is
 * the gateway ratio.
 *
 * <p>Input: {@code load.gateway}, {@code load.direct} (product-service's URL), {@code load.members},
 * {@code load.products}, {@code load.concurrency}, {@code load.duration-s}.
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
        setUp(calls(DIRECT, LoadInput.string("direct"))
                .injectClosed(constantConcurrentUsers(concurrency).during(duration))
                .andThen(calls(THROUGH_GATEWAY, LoadInput.string("gateway"))
                        .injectClosed(constantConcurrentUsers(concurrency).during(duration))))
                .protocols(protocol);
    }
}
