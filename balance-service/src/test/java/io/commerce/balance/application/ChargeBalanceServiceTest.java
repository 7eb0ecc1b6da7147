package io.commerce.balance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.balance.application.port.in.ChargeBalanceUseCase.ChargeCommand;
import io.commerce.balance.domain.BalanceLimitExceededException;
import io.commerce.balance.domain.BalanceLimits;
import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.balance.domain.IdempotencyKeyReusedException;
import io.commerce.balance.domain.LedgerEntryType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import io.commerce.balance.application.port.in.ChargeBalanceUseCase;
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
class ChargeBalanceServiceTest {

    private BalanceRows store;
    private ChargeBalanceUseCase service;

    @BeforeEach
    void onTheRealDatabase(@Autowired BalanceRepository balances, @Autowired LedgerRepository ledger,
            @Autowired JdbcTemplate jdbc, @Autowired PlatformTransactionManager transactions) {
        store = new BalanceRows(balances, jdbc);
        service = Transactional.around(new ChargeBalanceService(balances, ledger,
                new BalanceLimits(1_000, 1_000_000, 2_000_000),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)), transactions);
    }

    @Test
    void a_charge_is_written_to_the_ledger_with_the_balance_after_it() {
        store.holding("m", 3_000);

        var receipt = service.charge(new ChargeCommand("m", 2_000, null));

        assertThat(receipt.balance()).isEqualTo(5_000);
        assertThat(receipt.replayed()).isFalse();
        assertThat(store.entries()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(LedgerEntryType.CHARGE);
            assertThat(e.amount()).isEqualTo(2_000);
            assertThat(e.balanceAfter()).isEqualTo(5_000);
        });
    }

    @Test
    void the_same_key_and_amount_returns_the_first_receipt_without_charging_again() {
        var key = new IdempotencyKey("k-1");
        var first = service.charge(new ChargeCommand("m", 2_000, key));

        var second = service.charge(new ChargeCommand("m", 2_000, key));

        assertThat(second.replayed()).isTrue();
        assertThat(second.transactionId()).isEqualTo(first.transactionId());
        assertThat(second.balance()).isEqualTo(2_000);
        assertThat(store.find("m").orElseThrow().amount()).isEqualTo(2_000);
        assertThat(store.entries()).hasSize(1);
    }

    @Test
    void the_same_key_with_another_amount_is_a_conflict_and_changes_nothing() {
        var key = new IdempotencyKey("k-1");
        service.charge(new ChargeCommand("m", 2_000, key));

        assertThatThrownBy(() -> service.charge(new ChargeCommand("m", 3_000, key)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(store.find("m").orElseThrow().amount()).isEqualTo(2_000);
    }

    @Test
    void keys_belong_to_one_member() {
        var key = new IdempotencyKey("shared");
        service.charge(new ChargeCommand("a", 2_000, key));

        var other = service.charge(new ChargeCommand("b", 2_000, key));

        assertThat(other.replayed()).isFalse();
        assertThat(store.find("b").orElseThrow().amount()).isEqualTo(2_000);
    }

    @Test
    void a_rejected_charge_writes_no_ledger_entry() {
        store.holding("m", 1_999_500);

        assertThatThrownBy(() -> service.charge(new ChargeCommand("m", 1_000, null)))
                .isInstanceOf(BalanceLimitExceededException.class);
        assertThat(store.entries()).isEmpty();
        assertThat(store.find("m").orElseThrow().amount()).isEqualTo(1_999_500);
    }
}
