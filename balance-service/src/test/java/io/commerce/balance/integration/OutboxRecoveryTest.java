package io.commerce.balance.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.commerce.balance.application.port.in.ChargeBalanceUseCase;
import io.commerce.balance.application.port.in.ChargeBalanceUseCase.ChargeCommand;
import io.commerce.balance.application.port.in.PayForOrderUseCase;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.TopicRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The payment is committed with its event in the outbox; the relay's first send to Kafka fails (as when the
 * broker is unreachable), the batch rolls back, and the relay delivers the event after its back-off, once.
 */
@LocalStackTest
class OutboxRecoveryTest {

    @MockitoSpyBean
    @SuppressWarnings("rawtypes")
    ProducerFactory producers;
    @Autowired
    ChargeBalanceUseCase charge;
    @Autowired
    PayForOrderUseCase pay;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    @SuppressWarnings("unchecked")
    void an_event_whose_first_send_fails_is_delivered_once_kafka_takes_it() {
        var member = "member-" + UUID.randomUUID();
        var order = UUID.randomUUID();
        charge.charge(new ChargeCommand(member, 5_000, null));
        // nothing else in flight, so the failing send below is the payment's
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingInOutbox() == 0);
        double failuresBefore = failures();

        try (var events = TopicRecorder.record(Topics.BALANCE_EVENTS)) {
            Producer<Object, Object> unreachable = mock(Producer.class);
            when(unreachable.send(any(ProducerRecord.class)))
                    .thenReturn(CompletableFuture.failedFuture(new TimeoutException("broker unreachable")));
            doReturn(unreachable).doCallRealMethod().when(producers).createProducer();

            pay.pay(order, member, 1_000);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(events.payloads(PaymentCompleted.class, e -> e.orderId().equals(order))).hasSize(1));
            verify(unreachable).send(any(ProducerRecord.class));
            verify(producers, atLeast(2)).createProducer();
            assertThat(failures()).isEqualTo(failuresBefore + 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> pendingInOutbox() == 0);
        } finally {
            doCallRealMethod().when(producers).createProducer();
        }
    }

    private int pendingInOutbox() {
        return jdbc.queryForObject("select count(*) from outbox_event", Integer.class);
    }

    private double failures() {
        return meters.get("commerce.outbox.failures").counter().count();
    }
}
