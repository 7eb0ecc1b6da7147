package io.commerce.balance.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.balance.domain.LedgerEntryType;
import java.time.Clock;
import java.util.UUID;
import io.commerce.balance.application.port.out.BalanceRepository;
import io.commerce.balance.application.port.out.LedgerRepository;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@LocalStackTest
class OrderPaymentServiceTest {

    private final RecordingPaymentEvents events = new RecordingPaymentEvents();
    private final UUID order = UUID.randomUUID();
    private BalanceRows store;
    private OrderPaymentService service;

    @BeforeEach
    void onTheRealDatabase(@Autowired BalanceRepository balances, @Autowired LedgerRepository ledger,
            @Autowired JdbcTemplate jdbc, @Autowired PlatformTransactionManager transactions) {
        store = new BalanceRows(balances, jdbc);
        service = Transactional.around(new OrderPaymentService(balances, ledger, events, Clock.systemUTC()),
                transactions);
    }

    @Test
    void a_covered_payment_is_debited_and_announced() {
        store.holding("m", 10_000);

        service.pay(order, "m", 4_000);

        assertThat(store.find("m").orElseThrow().amount()).isEqualTo(6_000);
        assertThat(events.published).containsExactly("completed " + order + " 4000");
    }

    @Test
    void an_uncovered_payment_is_rejected_and_changes_nothing() {
        store.holding("m", 3_000);

        service.pay(order, "m", 4_000);

        assertThat(store.find("m").orElseThrow().amount()).isEqualTo(3_000);
        assertThat(store.entries()).isEmpty();
        assertThat(events.published).containsExactly("rejected " + order + " INSUFFICIENT_BALANCE");
    }

    @Test
    void an_order_is_paid_at_most_once() {
        store.holding("m", 10_000);

        service.pay(order, "m", 4_000);
        service.pay(order, "m", 4_000);

        assertThat(store.find("m").orElseThrow().amount()).isEqualTo(6_000);
        assertThat(events.published).hasSize(1);
    }

    @Test
    void a_failed_order_gets_its_payment_back_once() {
        store.holding("m", 10_000);
        service.pay(order, "m", 4_000);

        service.refund(order);
        service.refund(order);

        assertThat(store.find("m").orElseThrow().amount()).isEqualTo(10_000);
        assertThat(store.entries()).extracting(e -> e.type())
                .containsExactly(LedgerEntryType.PAYMENT, LedgerEntryType.REFUND);
        assertThat(events.published).containsExactly("completed " + order + " 4000", "refunded " + order + " 4000");
    }

    @Test
    void a_failed_order_that_never_paid_gets_nothing() {
        store.holding("m", 10_000);

        service.refund(order);

        assertThat(store.find("m").orElseThrow().amount()).isEqualTo(10_000);
        assertThat(events.published).isEmpty();
    }
}
