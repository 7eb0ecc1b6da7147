package io.commerce.order.integration;

import static io.commerce.order.integration.SagaHarness.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.localstack.LocalStackTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/** The order API over real HTTP, real tokens, real PostgreSQL and the real outbox. */
@LocalStackTest
class OrderApiIntegrationTest {

    private static final String BODY = "{\"lines\":[{\"productId\":5,\"quantity\":1}],\"couponId\":3}";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcTemplate jdbc;

    private SagaHarness api;
    private String member;

    @BeforeEach
    void setUp() {
        api = new SagaHarness(port, jdbc);
        member = aMember();
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    @Test
    void a_placed_order_is_pending_followable_at_its_location_and_announced() {
        var response = api.post(member, "/api/v1/orders", BODY, null);

        assertThat(response.getStatusCode().value()).isEqualTo(202);
        var id = UUID.fromString(response.getBody().get("id").asString());
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/orders/" + id);
        var view = api.get(member, response.getHeaders().getLocation().toString()).getBody();
        assertThat(view.get("status").asString()).isEqualTo("PENDING");
        assertThat(view.get("couponId").asLong()).isEqualTo(3);
        org.awaitility.Awaitility.await().atMost(SagaHarness.PATIENCE).untilAsserted(() ->
                assertThat(api.payloads(OrderPlaced.class, id)).singleElement()
                        .satisfies(placed -> assertThat(placed.couponId()).isEqualTo(3L)));
    }

    @Test
    void a_retried_idempotency_key_returns_the_same_order_and_a_different_body_is_a_conflict() {
        var first = api.post(member, "/api/v1/orders", BODY, "checkout-1");
        var retry = api.post(member, "/api/v1/orders", BODY, "checkout-1");
        var conflicting = api.post(member, "/api/v1/orders", "{\"lines\":[{\"productId\":5,\"quantity\":2}]}", "checkout-1");
        var otherMember = api.post(aMember(), "/api/v1/orders", BODY, "checkout-1");

        assertThat(first.getStatusCode().value()).isEqualTo(202);
        assertThat(retry.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(conflicting.getStatusCode().value()).isEqualTo(409);
        assertThat(conflicting.getBody().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(otherMember.getStatusCode().value()).isEqualTo(202);
        assertThat(ordersOf(member)).isEqualTo(1);
    }

    @Test
    void a_member_lists_their_own_orders_newest_first_and_never_sees_anyone_elses() {
        var older = api.post(member, "/api/v1/orders", "{\"lines\":[{\"productId\":1,\"quantity\":1}]}", null);
        var newer = api.post(member, "/api/v1/orders", "{\"lines\":[{\"productId\":2,\"quantity\":1}]}", null);
        var stranger = aMember();
        var theirs = api.post(stranger, "/api/v1/orders", BODY, null);

        var page = api.get(member, "/api/v1/orders?size=1").getBody();
        var foreign = api.get(member, "/api/v1/orders/" + theirs.getBody().get("id").asString());

        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("content").get(0).get("id")).isEqualTo(newer.getBody().get("id"));
        assertThat(api.get(member, "/api/v1/orders?page=1&size=1").getBody().get("content").get(0).get("id"))
                .isEqualTo(older.getBody().get("id"));
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(foreign.getBody().get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void asked_to_wait_a_pending_order_is_answered_pending_when_the_wait_runs_out() {
        var placed = api.post(member, "/api/v1/orders", BODY, null);
        var id = placed.getBody().get("id").asString();

        var waited = api.get(member, "/api/v1/orders/" + id + "?wait=1");
        var foreign = api.get(aMember(), "/api/v1/orders/" + id + "?wait=1");

        assertThat(waited.getStatusCode().value()).isEqualTo(200);
        assertThat(waited.getBody().get("status").asString()).isEqualTo("PENDING");
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(foreign.getBody().get("code").asString()).isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void no_token_no_orders() {
        var status = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(s -> true, (request, response) -> { }).build()
                .get().uri("/api/v1/orders").retrieve().toBodilessEntity().getStatusCode();

        assertThat(status.value()).isEqualTo(401);
    }

    @Test
    void order_metrics_are_published_for_scrapers_and_count_each_placed_order_once() {
        var before = scraped("commerce_orders_placed_total");

        api.post(member, "/api/v1/orders", BODY, null);
        api.post(member, "/api/v1/orders", BODY, "metrics-1");
        var replay = api.post(member, "/api/v1/orders", BODY, "metrics-1");
        var refused = api.post(member, "/api/v1/orders", "{\"lines\":[{\"productId\":5,\"quantity\":1001}]}", null);

        assertThat(replay.getStatusCode().value()).isEqualTo(200);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        // two orders placed; the replay and the refused request placed nothing and count nothing
        assertThat(scraped("commerce_orders_placed_total") - before).isEqualTo(2.0);
    }

    /** The value a Prometheus scrape of this service reads for {@code meter}, which must be there exactly once. */
    private double scraped(String meter) {
        var scrape = RestClient.create("http://localhost:" + managementPort).get().uri("/actuator/prometheus")
                .retrieve().body(String.class);
        var values = scrape.lines()
                .filter(line -> line.startsWith(meter + "{") && line.contains("application=\"order-service\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .toList();
        assertThat(values).as("%s of order-service in%n%s", meter, scrape).hasSize(1);
        return values.getFirst();
    }

    private long ordersOf(String memberId) {
        return jdbc.queryForObject("select count(*) from orders where member_id = ?", Long.class, memberId);
    }
}
