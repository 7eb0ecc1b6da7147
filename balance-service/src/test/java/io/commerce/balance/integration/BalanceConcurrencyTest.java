package io.commerce.balance.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.balance.application.port.in.ChargeBalanceUseCase;
import io.commerce.balance.application.port.in.ChargeBalanceUseCase.ChargeCommand;
import io.commerce.balance.application.port.in.GetBalanceQuery;
import io.commerce.balance.application.port.in.PayForOrderUseCase;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.TopicRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many threads at one balance row, exact totals afterwards. */
@LocalStackTest
class BalanceConcurrencyTest {

    @Autowired
    ChargeBalanceUseCase charge;
    @Autowired
    PayForOrderUseCase pay;
    @Autowired
    GetBalanceQuery balance;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_hundred_concurrent_charges_of_1000_add_exactly_100000() throws Exception {
        var member = "member-" + UUID.randomUUID();

        runConcurrently(100, i -> charge.charge(new ChargeCommand(member, 1_000, null)));

        assertThat(balance.balanceOf(member)).isEqualTo(100_000);
        assertThat(ledgerSum(member)).isEqualTo(100_000);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where member_id = ?", Long.class, member))
                .isEqualTo(100);
    }

    @Test
    void fifty_concurrent_payments_against_a_balance_for_twenty_pay_exactly_twenty() throws Exception {
        var member = "member-" + UUID.randomUUID();
        charge.charge(new ChargeCommand(member, 20_000, null));
        var orders = new ArrayList<UUID>();
        for (int i = 0; i < 50; i++) {
            orders.add(UUID.randomUUID());
        }
        var ours = new HashSet<>(orders);

        try (var events = TopicRecorder.record(Topics.BALANCE_EVENTS)) {
            runConcurrently(50, i -> pay.pay(orders.get(i), member, 1_000));

            assertThat(balance.balanceOf(member)).isZero();
            assertThat(ledgerSum(member)).isZero();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(events.payloads(PaymentCompleted.class, e -> ours.contains(e.orderId()))).hasSize(20);
                assertThat(events.payloads(PaymentRejected.class, e -> ours.contains(e.orderId()))).hasSize(30)
                        .allSatisfy(r -> assertThat(r.reason()).isEqualTo(PaymentRejectionReason.INSUFFICIENT_BALANCE));
            });
        }
    }

    private long ledgerSum(String member) {
        return jdbc.queryForObject("""
                select coalesce(sum(case when type = 'PAYMENT' then -amount else amount end), 0)
                from ledger_entry where member_id = ?""", Long.class, member);
    }

    private static void runConcurrently(int threads, IntConsumer task) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    task.accept(n);
                    return null;
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
    }
}
