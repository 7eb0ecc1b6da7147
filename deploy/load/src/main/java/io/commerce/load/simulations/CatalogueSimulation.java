package io.commerce.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Catalogue reads at fixed arrival rates, one after the other so each has the machine to itself: first
 * {@code GET /api/v1/products/popular}, then {@code GET /api/v1/products} (first page). Signed-in members,
 * spread over the member file.
 *
 * <p>Input: {@code load.gateway}, {@code load.members}, {@code load.popular.rate}, {@code load.list.rate},
 * {@code load.duration-s}.
 */
public class CatalogueSimulation extends Simulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadInput.string("gateway"))
            .acceptHeader("application/json")
            .shareConnections();

    private final Duration duration = Duration.ofSeconds(LoadInput.integer("duration-s"));

    private final ScenarioBuilder popular = scenario("popular products")
            .feed(listFeeder(LoadInput.csv("members")).circular())
            .exec(http("GET /products/popular").get("/api/v1/products/popular")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200))
                    .check(jmesPath("products").exists()));

    private final ScenarioBuilder list = scenario("product list")
            .feed(listFeeder(LoadInput.csv("members")).circular())
            .exec(http("GET /products").get("/api/v1/products?page=0&size=20")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200))
                    .check(jmesPath("content[0].id").exists()));

    {
        setUp(popular.injectOpen(constantUsersPerSec(LoadInput.decimal("popular.rate")).during(duration))
                .andThen(list.injectOpen(constantUsersPerSec(LoadInput.decimal("list.rate")).during(duration))))
                .protocols(protocol);
    }
}
