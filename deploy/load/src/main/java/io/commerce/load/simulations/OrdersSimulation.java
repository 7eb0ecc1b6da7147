package io.commerce.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Orders: members who hold a balance place one-line orders at a fixed arrival rate, and each order is polled
 * until it leaves PENDING, as a client of the API would: {@code GET /orders/{id}?wait=N}, which the service
 * answers as soon as the saga ends (or after N seconds still PENDING), and a pause of {@code poll-ms} after each
 * PENDING answer. The group {@value #GROUP} spans placement to final state (the launcher turns on Gatling's
 * group-duration metric, so the pauses count): that is placement-to-final latency as a client sees it.
 *
 * <p>Input: {@code load.gateway}, {@code load.members}, {@code load.products} (ids), {@code load.rate} (orders/s),
 * {@code load.duration-s}, {@code load.wait-s} (0: plain polls), {@code load.poll-ms}, {@code load.poll-max}.
 */
public class OrdersSimulation extends Simulation {

    public static final String GROUP = "placement to final state";

    private final List<Long> products = LoadInput.longs("products");
    private final Duration poll = Duration.ofMillis(LoadInput.integer("poll-ms"));
    private final int waitSeconds = LoadInput.integer("wait-s");
    private final int pollMax = LoadInput.integer("poll-max");

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadInput.string("gateway"))
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder orders = scenario("orders")
            .feed(listFeeder(LoadInput.csv("members")).circular())
            .exec(session -> {
                var random = ThreadLocalRandom.current();
                return session.set("productId", products.get(random.nextInt(products.size())))
                        .set("quantity", 1 + random.nextInt(2))
                        .set("idempotencyKey", UUID.randomUUID().toString())
                        .set("status", "PENDING")
                        .set("polls", 0);
            })
            .group(GROUP).on(
                    exec(http("place order")
                            .post("/api/v1/orders")
                            .header("Authorization", "Bearer #{token}")
                            .header("Idempotency-Key", "#{idempotencyKey}")
                            .body(StringBody("{\"lines\":[{\"productId\":#{productId},\"quantity\":#{quantity}}]}"))
                            .check(status().is(202))
                            .check(jmesPath("id").saveAs("orderId"))
                            .check(header("Location").exists()))
                    .exitHereIfFailed()
                    .asLongAs(session -> "PENDING".equals(session.getString("status"))
                            && session.getInt("polls") < pollMax).on(
                            exec(http("poll order")
                                    .get("/api/v1/orders/#{orderId}" + (waitSeconds > 0 ? "?wait=" + waitSeconds : ""))
                                    .header("Authorization", "Bearer #{token}")
                                    .check(status().is(200))
                                    .check(jmesPath("status").saveAs("status")))
                            .exec(session -> session.set("polls", session.getInt("polls") + 1))
                            .doIf(session -> "PENDING".equals(session.getString("status"))).then(pause(poll)))
                    // an order that ended FAILED (or was still PENDING after poll-max polls) fails the group
                    .doIf(session -> !"COMPLETED".equals(session.getString("status")))
                    .then(exec(Session::markAsFailed)));

    {
        setUp(orders.injectOpen(constantUsersPerSec(LoadInput.decimal("rate"))
                .during(Duration.ofSeconds(LoadInput.integer("duration-s")))))
                .protocols(protocol);
    }
}
