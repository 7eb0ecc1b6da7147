package io.commerce.balance.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;

import io.commerce.balance.application.port.in.ChargeBalanceUseCase;
import io.commerce.balance.application.port.in.ChargeBalanceUseCase.ChargeCommand;
import io.commerce.balance.application.port.in.PayForOrderUseCase;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.TopicRecorder;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The payment is committed with its event in the outbox; the first send to Kafka fails (as when the broker
 * is unreachable), and the outbox delivers the event later, exactly once.
 */
@LocalStackTest
@TestPropertySource(properties = {"commerce.events.resubmit-every=500ms", "commerce.events.resubmit-older-than=1s"})
class OutboxRecoveryTest {

    @MockitoSpyBean
    @SuppressWarnings("rawtypes")
    KafkaTemplate kafka;
    @Autowired
    ChargeBalanceUseCase charge;
    @Autowired
    PayForOrderUseCase pay;

    @Test
    @SuppressWarnings("unchecked")
    void an_event_whose_first_send_fails_is_delivered_once_kafka_takes_it() {
        var member = "member-" + UUID.randomUUID();
        var order = UUID.randomUUID();
        charge.charge(new ChargeCommand(member, 5_000, null));

        try (var events = TopicRecorder.record(Topics.BALANCE_EVENTS)) {
            doReturn(CompletableFuture.failedFuture(new TimeoutException("broker unreachable")))
                    .doCallRealMethod()
                    .when(kafka).send(any(Message.class));

            pay.pay(order, member, 1_000);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(events.payloads(PaymentCompleted.class, e -> e.orderId().equals(order))).hasSize(1));
            verify(kafka, atLeast(2)).send(any(Message.class));
        }
        doCallRealMethod().when(kafka).send(any(Message.class));
    }
}
