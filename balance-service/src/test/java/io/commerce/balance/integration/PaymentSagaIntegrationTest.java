package io.commerce.balance.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.balance.application.port.in.ChargeBalanceUseCase;
import io.commerce.balance.application.port.in.ChargeBalanceUseCase.ChargeCommand;
import io.commerce.balance.application.port.in.GetBalanceQuery;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.balance.PaymentRefunded;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.localstack.EventSender;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.TopicRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The balance's saga steps, driven through the real broker like order-service would. */
@LocalStackTest
class PaymentSagaIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static EventSender sender;
    private static TopicRecorder balanceEvents;
    private static TopicRecorder deadLetters;

    @Autowired
    ChargeBalanceUseCase charge;
    @Autowired
    GetBalanceQuery balance;
    @Autowired
    MeterRegistry meters;

    private String member;
    private UUID order;

    @BeforeAll
    static void connect() {
        sender = EventSender.toSharedBroker();
        balanceEvents = TopicRecorder.record(Topics.BALANCE_EVENTS);
        deadLetters = TopicRecorder.record(Topics.deadLetterOf(Topics.ORDER_EVENTS));
    }

    @AfterAll
    static void disconnect() {
        sender.close();
        balanceEvents.close();
        deadLetters.close();
    }

    @BeforeEach
    void aMemberWithTenThousand() {
        member = "member-" + UUID.randomUUID();
        order = UUID.randomUUID();
        charge.charge(new ChargeCommand(member, 10_000, null));
    }

    @Test
    void a_payment_request_is_debited_and_completed() {
        sender.send(new PaymentRequested(order, member, 4_000));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(balanceEvents.payloads(PaymentCompleted.class, e -> e.orderId().equals(order)))
                        .containsExactly(new PaymentCompleted(order, member, 4_000)));
        assertThat(balance.balanceOf(member)).isEqualTo(6_000);
    }

    @Test
    void a_payment_the_balance_does_not_cover_is_rejected_and_changes_nothing() {
        sender.send(new PaymentRequested(order, member, 10_001));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(balanceEvents.payloads(PaymentRejected.class, e -> e.orderId().equals(order)))
                        .singleElement().extracting(PaymentRejected::reason).isEqualTo(PaymentRejectionReason.INSUFFICIENT_BALANCE));
        assertThat(balance.balanceOf(member)).isEqualTo(10_000);
    }

    @Test
    void the_same_payment_request_delivered_ten_times_charges_once() {
        var envelope = sender.send(new PaymentRequested(order, member, 1_000));
        for (int i = 0; i < 9; i++) {
            sender.send(envelope);
        }
        // and once more under a new event id, as a confused publisher might
        sender.send(new PaymentRequested(order, member, 1_000));
        var marker = UUID.randomUUID();
        sender.send(new PaymentRequested(marker, member, 0));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(balanceEvents.payloads(PaymentCompleted.class, e -> e.orderId().equals(marker))).hasSize(1));
        assertThat(balanceEvents.payloads(PaymentCompleted.class, e -> e.orderId().equals(order))).hasSize(1);
        assertThat(balance.balanceOf(member)).isEqualTo(9_000);
    }

    @Test
    void a_failed_order_is_refunded_once() {
        sender.send(new PaymentRequested(order, member, 4_000));
        await().atMost(PATIENCE).until(() -> balance.balanceOf(member) == 6_000);

        var failed = sender.send(new OrderFailed(order, member, OrderFailureReason.TIMEOUT));
        sender.send(failed);
        sender.send(new OrderFailed(order, member, OrderFailureReason.TIMEOUT));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(balanceEvents.payloads(PaymentRefunded.class, e -> e.orderId().equals(order)))
                        .containsExactly(new PaymentRefunded(order, member, 4_000)));
        assertThat(balance.balanceOf(member)).isEqualTo(10_000);
    }

    @Test
    void a_failed_order_that_never_paid_changes_nothing() {
        sender.send(new OrderFailed(order, member, OrderFailureReason.OUT_OF_STOCK));
        var marker = UUID.randomUUID();
        sender.send(new PaymentRequested(marker, member, 0));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(balanceEvents.payloads(PaymentCompleted.class, e -> e.orderId().equals(marker))).hasSize(1));
        assertThat(balanceEvents.payloads(PaymentRefunded.class, e -> e.orderId().equals(order))).isEmpty();
        assertThat(balance.balanceOf(member)).isEqualTo(10_000);
    }

    @Test
    void malformed_records_go_to_the_dead_letter_topic_and_are_counted() {
        var key = UUID.randomUUID().toString();
        double before = deadLettered();
        var negative = """
                {"eventId":"%s","type":"PaymentRequested","version":1,"occurredAt":"2026-11-25T00:00:00Z",
                 "key":"%s","payload":{"orderId":"%s","userId":"%s","amount":-5}}"""
                .formatted(UUID.randomUUID(), key, key, member);

        sender.sendRaw(Topics.ORDER_EVENTS, key, "{\"nonsense\":true}".getBytes(StandardCharsets.UTF_8));
        sender.sendRaw(Topics.ORDER_EVENTS, key, "not even json".getBytes(StandardCharsets.UTF_8));
        sender.sendRaw(Topics.ORDER_EVENTS, key, negative.getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters.recordsWithKey(key)).hasSize(3));
        assertThat(new String(deadLetters.recordsWithKey(key).getFirst().value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"nonsense\":true}");
        assertThat(deadLettered() - before).isGreaterThanOrEqualTo(3);
        assertThat(balance.balanceOf(member)).isEqualTo(10_000);
    }

    private double deadLettered() {
        var counter = meters.find("commerce.events.dead.lettered").tag("topic", Topics.ORDER_EVENTS).counter();
        return counter == null ? 0 : counter.count();
    }
}
