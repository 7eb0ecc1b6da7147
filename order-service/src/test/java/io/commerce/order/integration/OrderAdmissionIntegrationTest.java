package io.commerce.order.integration;

import static io.commerce.order.integration.SagaHarness.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.localstack.LocalStackTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Over real HTTP, PostgreSQL and the outbox: while the oldest PENDING order is older than the admitted backlog, a
 * placement is a 503 with {@code Retry-After} and leaves no trace, and the same request under the same key is
 * placed once the backlog is gone. A database of its own, so the other tests' PENDING orders are not its backlog.
 */
@LocalStackTest
@TestPropertySource(properties = {"order.admission.max-backlog-age=1s", "order.admission.sample-every=50ms",
        "local-stack.database=orders_admission", "spring.kafka.consumer.group-id=order-service-admission"})
class OrderAdmissionIntegrationTest {

    private static final String BODY = "{\"lines\":[{\"productId\":5,\"quantity\":1}]}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private SagaHarness api;

    @BeforeEach
    void setUp() {
        api = new SagaHarness(port, jdbc);
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    @Test
    void behind_an_old_backlog_a_placement_is_refused_with_retry_after_and_the_same_request_is_placed_later() {
        var waiting = aMember();
        var stuck = api.place(waiting, BODY); // no participant answers: it stays PENDING
        var placedAt = Instant.parse(api.order(waiting, stuck).get("createdAt").asString());
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(placedAt.plusMillis(1_100)));

        var member = aMember();
        var refused = api.post(member, "/api/v1/orders", BODY, "checkout-1");

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody().get("code").asString()).isEqualTo("ORDERS_BACKLOGGED");
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(ordersOf(member)).isZero();
        assertThat(api.orderEvents.payloads(OrderPlaced.class, e -> e.userId().equals(member))).isEmpty();
        assertThat(api.post(waiting, "/api/v1/orders", BODY, null).getStatusCode().value()).isEqualTo(503);

        jdbc.update("update orders set status = 'FAILED', failure_reason = 'TIMEOUT', failed_at = now() where id = ?",
                stuck);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() ->
                api.post(member, "/api/v1/orders", BODY, "checkout-1").getStatusCode().value() != 503);

        assertThat(ordersOf(member)).isEqualTo(1);
        var retried = api.post(member, "/api/v1/orders", BODY, "checkout-1");
        assertThat(retried.getStatusCode().value()).as("the key's order, replayed").isEqualTo(200);
        var id = UUID.fromString(retried.getBody().get("id").asString());
        await().atMost(SagaHarness.PATIENCE).until(() -> !api.payloads(OrderPlaced.class, id).isEmpty());
    }

    private int ordersOf(String member) {
        return jdbc.queryForObject("select count(*) from orders where member_id = ?", Integer.class, member);
    }
}
