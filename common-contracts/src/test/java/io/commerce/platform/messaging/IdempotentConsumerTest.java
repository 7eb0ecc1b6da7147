package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.EventHeaders;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.order.OrderLine;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.platform.testapp.Broker;
import io.commerce.platform.testapp.PlatformTest;
import io.commerce.platform.testapp.Tallies;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each event is handled once: its id is recorded with its effect, so the same event delivered again changes
 * nothing. Records are sent to the real broker and handled by the test application's listener; a marker with the
 * same key (so the same partition, handled after) says when everything before it has been handled.
 */
@PlatformTest
class IdempotentConsumerTest {

    @Autowired
    Tallies tallies;

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Broker broker;

    @Autowired
    JdbcTemplate jdbc;

    private String member;
    private UUID order;

    @BeforeEach
    void aFreshMemberAndOrder() {
        member = "member-" + UUID.randomUUID();
        order = UUID.randomUUID();
    }

    @Test
    void the_same_event_delivered_ten_times_changes_the_tally_once_and_announces_once() {
        var request = broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 1_000));
        for (int i = 0; i < 9; i++) {
            broker.send(Topics.ORDER_EVENTS, request);
        }
        awaitHandledUpTo(order);

        assertThat(tallies.of(member)).isEqualTo(1_000);
        assertThat(tallies.processed(request.eventId())).isEqualTo(1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(broker.payloads(Topics.BALANCE_EVENTS,
                order.toString(), PaymentCompleted.class, e -> e.userId().equals(member))).hasSize(1));
    }

    @Test
    void the_same_payment_under_a_new_event_id_is_a_new_event_to_the_platform() {
        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 1_000));
        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 1_000));
        awaitHandledUpTo(order);

        // a service that must not pay twice for one order guards its natural key itself (see service-conventions)
        assertThat(tallies.of(member)).isEqualTo(2_000);
    }

    @Test
    void an_event_that_is_not_ours_is_skipped_before_any_transaction() {
        var placed = broker.send(Topics.ORDER_EVENTS, new OrderPlaced(order, member, List.of(new OrderLine(1, 1)), null));
        awaitHandledUpTo(order);

        assertThat(tallies.processed(placed.eventId())).as("no record of it").isZero();
    }

    @Test
    void a_record_whose_type_header_is_not_routed_is_dropped_unread_and_one_that_is_routed_is_read() {
        var garbage = "not an envelope".getBytes(StandardCharsets.UTF_8);
        var dropped = order.toString(); // the marker's key: handled before the marker
        var read = "read-" + order;
        broker.sendRaw(Topics.ORDER_EVENTS, dropped, garbage, Map.of(EventHeaders.TYPE, "OrderCompleted"));
        broker.sendRaw(Topics.ORDER_EVENTS, read, garbage, Map.of(EventHeaders.TYPE, "PaymentRequested"));

        // the routed one is parsed, found malformed and dead-lettered; the other was never parsed
        var deadLetters = Topics.deadLetterOf(Topics.ORDER_EVENTS);
        await().atMost(PATIENCE).until(() -> !broker.recordsWithKey(deadLetters, read).isEmpty());
        awaitHandledUpTo(order);
        assertThat(broker.recordsWithKey(deadLetters, dropped)).isEmpty();
    }

    @Test
    void what_a_handled_event_publishes_carries_its_type_in_a_header() {
        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 1_000));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                broker.recordsWithKey(Topics.BALANCE_EVENTS, order.toString())).singleElement()
                .satisfies(record -> assertThat(new String(record.headers().lastHeader(EventHeaders.TYPE).value(),
                        StandardCharsets.UTF_8)).isEqualTo("PaymentCompleted")));
    }

    @Test
    void an_event_of_a_type_this_build_does_not_know_is_skipped_not_dead_lettered() {
        var unknown = UUID.randomUUID();
        broker.sendRaw(Topics.ORDER_EVENTS, order.toString(), """
                {"eventId":"%s","type":"PaymentPromised","version":1,"occurredAt":"2026-11-25T00:00:00Z",
                 "key":"%s","payload":{"orderId":"%s","userId":"%s","amount":5}}"""
                .formatted(unknown, order, order, member));
        awaitHandledUpTo(order);

        assertThat(tallies.processed(unknown)).isZero();
        assertThat(tallies.orZero(member)).isZero();
        assertThat(broker.recordsWithKey(Topics.deadLetterOf(Topics.ORDER_EVENTS), order.toString())).isEmpty();
    }

    @Test
    void what_a_sampled_event_publishes_carries_its_trace_from_a_span_of_its_own() {
        var traceId = UUID.randomUUID().toString().replace("-", "");
        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 1_000),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(publishedTraceparent())
                .startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7").endsWith("-01"));
    }

    @Test
    void what_an_unsampled_event_publishes_carries_its_trace_context_on_unchanged_without_a_span() {
        var traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-00";
        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 1_000),
                Map.of("traceparent", traceparent));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(publishedTraceparent()).isEqualTo(traceparent));
    }

    private String publishedTraceparent() {
        var published = broker.recordsWithKey(Topics.BALANCE_EVENTS, order.toString());
        assertThat(published).hasSize(1);
        return new String(published.getFirst().headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
    }

    /** Sends a marker payment under {@code key} and waits until it is handled: everything sent before it under that key is too. */
    private void awaitHandledUpTo(UUID key) {
        var marker = "marker-" + UUID.randomUUID();
        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(key, marker, 1));
        await().atMost(PATIENCE).until(() -> tallies.orZero(marker) == 1);
    }
}
