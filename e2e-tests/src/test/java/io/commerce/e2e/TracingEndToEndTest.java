package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One order is one trace in the suite's Zipkin: the client's sampled {@code traceparent} is joined by the gateway,
 * carried over HTTP to order-service, stored with each outbox row, sent on every Kafka record and continued by each
 * consumer, so that every application's spans of the saga come back under the client's trace id.
 */
class TracingEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final World world = new World();

    @Test
    void one_order_is_one_trace_across_the_gateway_the_saga_and_the_data_platform() {
        var product = world.product(4_000, 10);
        var member = world.memberWith(10_000);
        var traceId = UUID.randomUUID().toString().replace("-", "");

        var placed = member.api().post("/api/v1/orders",
                "{\"lines\":[{\"productId\":%d,\"quantity\":1}]}".formatted(product),
                Map.of("Idempotency-Key", UUID.randomUUID().toString(),
                        "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(placed.status()).as("order %s", placed.body()).isEqualTo(202);
        var order = member.awaitFinal(placed.get("id").asString());
        assertThat(order.get("status").asString()).isEqualTo("COMPLETED");

        // the spans arrive a batch per application and second; the data platform's once it ranked the sale
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(applicationsIn(traceId)).containsAll(Set.of("gateway", "order-service", "product-service",
                        "balance-service", "dataplatform-service")));
    }

    /** The applications whose spans Zipkin holds under {@code traceId}. */
    private static Set<String> applicationsIn(String traceId) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(
                URI.create(RunningSuite.get().traceViewer().url() + "/api/v2/trace/" + traceId)).build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        var applications = new HashSet<String>();
        if (response.statusCode() != 200) {
            return applications; // 404 until the first span of the trace arrives
        }
        for (JsonNode span : JSON.readTree(response.body())) {
            applications.add(span.path("localEndpoint").path("serviceName").asString());
        }
        return applications;
    }
}
