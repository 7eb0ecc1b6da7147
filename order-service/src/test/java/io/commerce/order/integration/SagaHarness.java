package io.commerce.order.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.IntegrationEvent;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.event.order.OrderLine;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.product.StockRejected;
import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.localstack.DevTokens;
import io.commerce.localstack.EventSender;
import io.commerce.localstack.TopicRecorder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Plays the other services' part: places orders over HTTP, sends their replies on the real broker, and watches
 * {@code commerce.order.events}. {@link #settle} knows exactly when everything about an order has happened, so
 * "exactly one" is checked, not guessed with a pause.
 */
final class SagaHarness implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PROBE = "settle-probe";

    final EventSender sender = EventSender.toSharedBroker();
    final TopicRecorder orderEvents = TopicRecorder.record(Topics.ORDER_EVENTS);
    private final RestClient http;
    private final JdbcTemplate jdbc;

    SagaHarness(int port, JdbcTemplate jdbc) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        this.jdbc = jdbc;
    }

    static String aMember() {
        return "member-" + UUID.randomUUID();
    }

    ResponseEntity<JsonNode> post(String member, String path, String body, String idempotencyKey) {
        var request = http.post().uri(path).header("Authorization", "Bearer " + DevTokens.shared().memberToken(member))
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.body(body);
        }
        return request.retrieve().toEntity(JsonNode.class);
    }

    ResponseEntity<JsonNode> get(String member, String path) {
        return http.get().uri(path).header("Authorization", "Bearer " + DevTokens.shared().memberToken(member))
                .retrieve().toEntity(JsonNode.class);
    }

    /** Places an order over HTTP (202 expected) and waits until its OrderPlaced is on the topic. */
    UUID place(String member, String body) {
        var response = post(member, "/api/v1/orders", body, null);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(202);
        var id = UUID.fromString(response.getBody().get("id").asString());
        await().atMost(PATIENCE).until(() -> !payloads(OrderPlaced.class, id).isEmpty());
        return id;
    }

    JsonNode order(String member, UUID id) {
        return get(member, "/api/v1/orders/" + id).getBody();
    }

    void awaitStatus(String member, UUID id, String status) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(order(member, id).get("status").asString()).isEqualTo(status));
    }

    EventEnvelope<?> send(IntegrationEvent event) {
        return sender.send(event);
    }

    <T> List<T> payloads(Class<T> type, UUID orderId) {
        return orderEvents.payloads(type, e -> e instanceof io.commerce.contracts.event.OrderSagaEvent s
                && s.orderId().equals(orderId) && !isProbe(e));
    }

    /**
     * Waits until everything sent so far for this order (which must be in a final state) is handled and
     * everything published for it is recorded: a harmless marker on each reply topic (same key, so same
     * partition, handled after whatever came before), an empty outbox for the order, then a marker on the
     * order topic that the recorder must reach.
     */
    void settle(UUID orderId) {
        var markers = List.of(
                send(new StockRejected(orderId, StockRejectionReason.UNRECOGNIZED, null)).eventId(),
                send(new CouponRejected(orderId, Long.MAX_VALUE, CouponRejectionReason.UNRECOGNIZED)).eventId(),
                send(new PaymentRejected(orderId, PROBE, 0, PaymentRejectionReason.UNRECOGNIZED)).eventId());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (var marker : markers) {
                assertThat(jdbc.queryForObject(
                        "select count(*) from processed_event where consumer = 'order-service' and event_id = ?",
                        Integer.class, marker)).as("marker %s handled", marker).isEqualTo(1);
            }
            assertThat(jdbc.queryForObject(
                    "select count(*) from outbox_event where event_key = ?",
                    Integer.class, orderId.toString())).as("outbox drained for %s", orderId).isZero();
        });
        send(new OrderPlaced(orderId, PROBE, List.of(new OrderLine(1, 1)), null));
        await().atMost(PATIENCE).until(() -> !orderEvents.payloads(OrderPlaced.class,
                e -> e.orderId().equals(orderId) && PROBE.equals(e.userId())).isEmpty());
    }

    private static boolean isProbe(Object event) {
        return event instanceof OrderPlaced placed && PROBE.equals(placed.userId());
    }

    @Override
    public void close() {
        sender.close();
        orderEvents.close();
    }
}
