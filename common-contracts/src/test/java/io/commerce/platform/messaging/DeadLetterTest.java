package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.platform.testapp.Api;
import io.commerce.platform.testapp.Broker;
import io.commerce.platform.testapp.PaymentFaults;
import io.commerce.platform.testapp.PlatformTest;
import io.commerce.platform.testapp.Tallies;
import io.commerce.platform.testapp.TallyService;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.FailedRecordProcessor;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * A record that keeps failing is retried with back-off, then published to {@code <topic>.DLT} and counted; one that
 * cannot be read, or that breaks a rule, goes there at once. The other records of its poll are handled as usual.
 * The counts are exact: the tests of this class take turns, and no other class dead-letters on the order topic.
 */
@PlatformTest
class DeadLetterTest {

    @Autowired
    Tallies tallies;

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.ORDER_EVENTS);

    @Autowired
    Broker broker;
    private static final FailedDeliveries deliveries = new FailedDeliveries();

    @Autowired
    PaymentFaults faults;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MessagingProperties properties;

    private String member;
    private UUID order;

    @BeforeEach
    void watchTheErrorHandler(@Autowired CommonErrorHandler errorHandler) {
        ((FailedRecordProcessor) errorHandler).setRetryListeners(deliveries);
        member = "member-" + UUID.randomUUID();
        order = UUID.randomUUID();
    }

    @Test
    void a_record_that_keeps_failing_is_retried_with_back_off_then_dead_lettered_as_it_was_and_counted() {
        double before = deadLettered();
        faults.failFor(member);
        var started = Instant.now();
        var request = broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 500));
        try {
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(broker.recordsWithKey(DEAD_LETTERS, order.toString())).hasSize(1));
        } finally {
            faults.heal(member);
        }
        var deadLetter = broker.recordsWithKey(DEAD_LETTERS, order.toString()).getFirst();

        assertThat(faults.attemptsFor(member)).as("the first delivery and every retry").isEqualTo(1 + properties.retries());
        assertThat(deliveries.of(deadLetter)).isEqualTo(1 + properties.retries());
        // 200, 400, 800 and 1,600 ms between the five attempts
        assertThat(Duration.between(started, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(3_000));
        assertThat(deadLetter.value()).isEqualTo(new EventCodec().encode(request));
        assertThat(text(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.ORDER_EVENTS);
        assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt())
                .as("the same partition as the original").isEqualTo(deadLetter.partition());
        assertThat(text(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("is unavailable");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettered()).isEqualTo(before + 1));
        assertThat(tallies.processed(request.eventId())).as("the failed attempts left no record").isZero();
        assertThat(tallies.orZero(member)).isZero();
    }

    @Test
    void a_record_that_fails_because_the_database_is_unreachable_is_retried_until_it_is_back_and_never_dead_lettered() {
        double before = deadLettered();
        faults.cutDatabaseFor(member);
        var request = broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, 500));
        try {
            // more attempts than a failing record gets before the dead-letter topic
            await().atMost(PATIENCE).until(() -> faults.attemptsFor(member) > 2 + properties.retries());
        } finally {
            faults.heal(member);
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tallies.orZero(member)).isEqualTo(500));
        assertThat(tallies.processed(request.eventId())).isEqualTo(1);
        assertThat(broker.recordsWithKey(DEAD_LETTERS, order.toString())).isEmpty();
        assertThat(deadLettered()).isEqualTo(before);
    }

    @Test
    void a_record_whose_handling_breaks_a_business_rule_is_dead_lettered_at_once() {
        double before = deadLettered();

        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, member, TallyService.LIMIT + 1));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(broker.recordsWithKey(DEAD_LETTERS, order.toString())).hasSize(1));
        var deadLetter = broker.recordsWithKey(DEAD_LETTERS, order.toString()).getFirst();
        assertThat(faults.attemptsFor(member)).isEqualTo(1);
        assertThat(deliveries.of(deadLetter)).isEqualTo(1);
        assertThat(text(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("One payment adds at most");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettered()).isEqualTo(before + 1));
        assertThat(tallies.orZero(member)).isZero();
    }

    @Test
    void malformed_records_go_straight_to_the_dead_letter_topic_byte_for_byte_and_are_counted() {
        var key = UUID.randomUUID().toString();
        double before = deadLettered();
        var negative = """
                {"eventId":"%s","type":"PaymentRequested","version":1,"occurredAt":"2026-11-25T00:00:00Z",
                 "key":"%s","payload":{"orderId":"%s","userId":"%s","amount":-5}}"""
                .formatted(UUID.randomUUID(), key, key, member);

        broker.sendRaw(Topics.ORDER_EVENTS, key, "{\"nonsense\":true}");
        broker.sendRaw(Topics.ORDER_EVENTS, key, "not even json");
        broker.sendRaw(Topics.ORDER_EVENTS, key, negative);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(broker.recordsWithKey(DEAD_LETTERS, key)).hasSize(3));
        var deadLetters = broker.recordsWithKey(DEAD_LETTERS, key);
        assertThat(deadLetters).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("{\"nonsense\":true}", "not even json", negative);
        assertThat(deadLetters).as("never retried").allSatisfy(r -> assertThat(deliveries.of(r)).isEqualTo(1));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettered()).isEqualTo(before + 3));
        assertThat(faults.attemptsFor(member)).as("no handler saw them").isZero();
        assertThat(tallies.orZero(member)).isZero();
    }

    @Test
    void a_poison_record_between_two_payments_is_dead_lettered_alone_and_each_payment_is_made_once() {
        var key = order.toString();
        var second = UUID.randomUUID();
        double before = deadLettered();
        double observedBefore = handledEventsObserved();
        var codec = new EventCodec();
        // one key, so one partition, in this order: usually a single poll hands all three to the listener
        broker.sendRaw(Topics.ORDER_EVENTS, key, codec.encode(
                EventEnvelope.of(new PaymentRequested(order, member, 1_000), UUID.randomUUID(), Instant.now())));
        broker.sendRaw(Topics.ORDER_EVENTS, key, "not even json");
        broker.sendRaw(Topics.ORDER_EVENTS, key, codec.encode(
                EventEnvelope.of(new PaymentRequested(second, member, 2_000), UUID.randomUUID(), Instant.now())));

        await().atMost(PATIENCE).until(() -> tallies.orZero(member) == 3_000);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(broker.recordsWithKey(DEAD_LETTERS, key)).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("not even json".getBytes(StandardCharsets.UTF_8))));
        assertThat(faults.attemptsFor(member)).as("each payment handled once").isEqualTo(2);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(broker.payloads(Topics.BALANCE_EVENTS,
                second.toString(), PaymentCompleted.class, e -> true)).hasSize(1));
        assertThat(broker.payloads(Topics.BALANCE_EVENTS, key, PaymentCompleted.class, e -> true)).hasSize(1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettered()).isEqualTo(before + 1));
        // the listener's observation (trace span and timer) covers each handled event, as a record listener's did
        assertThat(handledEventsObserved() - observedBefore).isGreaterThanOrEqualTo(2);
    }

    @Test
    void scrapers_read_the_listener_timer_of_each_handled_event(@LocalManagementPort int managementPort) {
        var api = new Api(managementPort);
        double before = scrapedListenerCount(api);

        broker.send(Topics.ORDER_EVENTS, new PaymentRequested(order, "member-" + UUID.randomUUID(), 1_000));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrapedListenerCount(api)).isEqualTo(before + 1));
        assertThat(meters.find("spring.kafka.listener").tagKeys("name", "result").timers())
                .as("the container's per-poll timer, whose other tag keys made Prometheus refuse one of the two")
                .isEmpty();
    }

    @Test
    void scrapers_read_the_count_as_commerce_events_dead_lettered_total(@LocalManagementPort int managementPort) {
        var api = new Api(managementPort);
        double before = scraped(api);

        broker.sendRaw(Topics.ORDER_EVENTS, order.toString(), "not even json");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scraped(api)).isEqualTo(before + 1));
    }

    private double handledEventsObserved() {
        return meters.find("spring.kafka.listener").tag("messaging.kafka.consumer.group", "platform-test").timers()
                .stream().mapToLong(t -> t.count()).sum();
    }

    /** Events of the order topic the listener handled, as Prometheus reads the observation's timer. */
    private static double scrapedListenerCount(Api api) {
        var line = Pattern.compile("^spring_kafka_listener_seconds_count\\{[^}]*error=\"none\"[^}]*messaging_source_name=\"commerce\\.order\\.events\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(api.get("/actuator/prometheus", null).body());
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    /** The dead-lettered count of the order topic as Prometheus reads it, 0 before the first. */
    private static double scraped(Api api) {
        var line = Pattern.compile("^commerce_events_dead_lettered_total\\{[^}]*topic=\"commerce\\.order\\.events\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(api.get("/actuator/prometheus", null).body());
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private double deadLettered() {
        var counter = meters.find(DeadLetterErrorHandlers.DEAD_LETTER_METRIC).tag("topic", Topics.ORDER_EVENTS).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String text(ConsumerRecord<String, byte[]> record, String header) {
        return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
    }

    /** How often the error handler saw each record fail, by where the record was. */
    private static final class FailedDeliveries implements RetryListener {

        private final Map<String, Integer> failures = new ConcurrentHashMap<>();

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
            failures.merge(record.topic() + "-" + record.partition() + "@" + record.offset(), 1, Integer::sum);
        }

        /** The failed deliveries of the record {@code deadLetter} was made from. */
        int of(ConsumerRecord<String, byte[]> deadLetter) {
            var topic = text(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC);
            int partition = ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value())
                    .getInt();
            long offset = ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
                    .getLong();
            return failures.getOrDefault(topic + "-" + partition + "@" + offset, 0);
        }
    }
}
