package io.commerce.dataplatform.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.localstack.DevTokens;
import io.commerce.localstack.EventSender;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.TopicRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completed orders arrive on the real broker and the ranking is read over HTTP, with "now" fixed at
 * 2031-03-15 14:00 in Seoul. Only this class writes sales on those dates, so its rankings are its own.
 */
@LocalStackTest
class SalesRankingIntegrationTest {

    private static final Duration PATIENCE = Duration.ofMinutes(1);
    private static final Instant NOW = Instant.parse("2031-03-15T05:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    private static EventSender sender;
    private static TopicRecorder deadLetters;

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void connect() {
        sender = EventSender.toSharedBroker();
        deadLetters = TopicRecorder.record(Topics.deadLetterOf(Topics.ORDER_EVENTS));
    }

    @AfterAll
    static void disconnect() {
        sender.close();
        deadLetters.close();
    }

    private static OrderCompleted completed(String completedAt, PricedLine... lines) {
        long subtotal = List.of(lines).stream().mapToLong(PricedLine::lineTotal).sum();
        return new OrderCompleted(UUID.randomUUID(), "member-" + UUID.randomUUID(), List.of(lines), subtotal, 0,
                subtotal, Instant.parse(completedAt));
    }

    private static PricedLine units(long productId, int quantity) {
        return new PricedLine(productId, quantity, 1_000);
    }

    private JsonNode ranking(String query) {
        var token = DevTokens.shared().memberToken("member-" + UUID.randomUUID());
        var body = RestClient.create("http://localhost:" + port).get().uri("/api/v1/rankings/products" + query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve().body(String.class);
        return json.readTree(body);
    }

    private List<Long> rankedIds(JsonNode ranking) {
        return ranking.get("products").valueStream().map(p -> p.get("productId").asLong()).toList();
    }

    private long unitsOn(long productId, LocalDate day) {
        return jdbc.queryForObject("""
                select coalesce(sum(units), 0) from product_daily_sales where product_id = ? and sales_date = ?""",
                Long.class, productId, day);
    }

    private long processed(UUID eventId) {
        return jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Long.class, eventId);
    }

    @Test
    void the_three_day_top_five_counts_today_and_the_two_days_before_in_seoul() {
        long p = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        // D = 2031-03-15 in Seoul (UTC+9)
        sender.send(completed("2031-03-12T03:00:00Z", units(p + 1, 100)));                 // D-3: outside
        sender.send(completed("2031-03-12T14:59:59Z", units(p + 8, 50)));                  // 23:59:59 on D-3: outside
        sender.send(completed("2031-03-12T15:00:00Z", units(p + 7, 7)));                   // 00:00 on D-2: inside
        sender.send(completed("2031-03-13T03:00:00Z", units(p + 2, 5), units(p + 3, 2)));  // D-2
        sender.send(completed("2031-03-14T03:00:00Z", units(p + 3, 4), units(p + 4, 3)));  // D-1
        var today = sender.send(completed("2031-03-15T01:00:00Z", units(p + 5, 6), units(p + 6, 1), units(p + 2, 1)));
        sender.send(today);   // redelivered: counted once

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(rankedIds(ranking("?days=3&limit=5"))).containsExactly(p + 7, p + 2, p + 3, p + 5, p + 4));

        var top = ranking("?days=3&limit=5");
        assertThat(top.get("from").asString()).isEqualTo("2031-03-13");
        assertThat(top.get("to").asString()).isEqualTo("2031-03-15");
        assertThat(top.get("zone").asString()).isEqualTo("Asia/Seoul");
        assertThat(top.get("products").valueStream().map(e -> e.get("unitsSold").asLong()).toList())
                .containsExactly(7L, 6L, 6L, 6L, 3L);
        assertThat(rankedIds(ranking("?days=1&limit=2"))).containsExactly(p + 5, p + 2);
        assertThat(rankedIds(ranking("?days=4&limit=1"))).containsExactly(p + 1);
    }

    @Test
    void a_duplicated_OrderCompleted_does_not_change_the_counts() {
        long product = ThreadLocalRandom.current().nextLong(1_000_000_000, 2_000_000_000);
        var event = completed("2031-03-15T02:00:00Z", units(product, 4));

        var original = sender.send(event);
        sender.send(original);
        var republished = sender.send(event);

        await().atMost(PATIENCE).until(() -> processed(original.eventId()) == 1 && processed(republished.eventId()) == 1);
        assertThat(unitsOn(product, LocalDate.of(2031, 3, 15))).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from completed_order where order_id = ?", Long.class,
                event.orderId())).isEqualTo(1);
    }

    @Test
    void a_cancelled_order_no_longer_counts_and_a_second_cancellation_changes_nothing() {
        long product = ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L);
        var kept = completed("2031-03-15T02:00:00Z", units(product, 2));
        var cancelled = completed("2031-03-15T03:00:00Z", units(product, 5));
        sender.send(kept);
        sender.send(cancelled);
        await().atMost(PATIENCE).until(() -> unitsOn(product, LocalDate.of(2031, 3, 15)) == 7);

        var cancel = sender.send(new io.commerce.contracts.event.order.OrderFailed(cancelled.orderId(),
                cancelled.userId(), OrderFailureReason.CANCELLED));
        var again = sender.send(new io.commerce.contracts.event.order.OrderFailed(cancelled.orderId(),
                cancelled.userId(), OrderFailureReason.CANCELLED));
        var unknown = sender.send(new io.commerce.contracts.event.order.OrderFailed(UUID.randomUUID(), "someone",
                OrderFailureReason.CANCELLED));
        var timeout = sender.send(new io.commerce.contracts.event.order.OrderFailed(kept.orderId(), kept.userId(),
                OrderFailureReason.TIMEOUT));
        // same key, so handled after the TIMEOUT: a republished completion, which counts nothing again
        var marker = sender.send(kept);

        await().atMost(PATIENCE).until(() -> processed(marker.eventId()) == 1 && processed(cancel.eventId()) == 1
                && processed(again.eventId()) == 1 && processed(unknown.eventId()) == 1);
        assertThat(unitsOn(product, LocalDate.of(2031, 3, 15))).isEqualTo(2);
        assertThat(processed(timeout.eventId())).as("a failure other than CANCELLED is not ours").isZero();
    }

    @Test
    void a_completed_order_is_kept_as_received() {
        var event = completed("2031-03-15T02:30:00Z", units(42, 2), units(43, 1));

        sender.send(event);

        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from completed_order where order_id = ?", Long.class, event.orderId()) == 1);
        var token = DevTokens.shared().adminToken("operator-1");
        var body = json.readTree(RestClient.create("http://localhost:" + port).get()
                .uri("/api/v1/admin/completed-orders/" + event.orderId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve().body(String.class));
        assertThat(body.get("userId").asString()).isEqualTo(event.userId());
        assertThat(body.get("paidAmount").asLong()).isEqualTo(3_000);
        assertThat(body.get("completedAt").asString()).isEqualTo("2031-03-15T02:30:00Z");
        assertThat(body.get("lines").valueStream().map(l -> l.get("productId").asLong()).toList())
                .containsExactly(42L, 43L);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_counts_nothing() {
        var key = UUID.randomUUID().toString();
        long product = ThreadLocalRandom.current().nextLong(2_000_000_000, 3_000_000_000L);
        var negative = """
                {"eventId":"%s","type":"OrderCompleted","version":1,"occurredAt":"2031-03-15T00:00:00Z","key":"%s",
                 "payload":{"orderId":"%s","userId":"member-1","lines":[{"productId":%d,"quantity":-2,"unitPrice":10}],
                 "subtotal":0,"discount":0,"paidAmount":0,"completedAt":"2031-03-15T00:00:00Z"}}"""
                .formatted(UUID.randomUUID(), key, key, product);

        sender.sendRaw(Topics.ORDER_EVENTS, key, "{\"nonsense\":true}".getBytes(StandardCharsets.UTF_8));
        sender.sendRaw(Topics.ORDER_EVENTS, key, negative.getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters.recordsWithKey(key)).hasSize(2));
        assertThat(deadLetters.recordsWithKey(key).getFirst().value())
                .isEqualTo("{\"nonsense\":true}".getBytes(StandardCharsets.UTF_8));
        assertThat(unitsOn(product, LocalDate.of(2031, 3, 15))).isZero();
    }
}
