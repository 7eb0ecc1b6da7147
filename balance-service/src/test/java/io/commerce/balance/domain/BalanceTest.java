package io.commerce.balance.domain;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BalanceTest {

    private static final BalanceLimits LIMITS = new BalanceLimits(1_000, 1_000_000, 10_000_000);

    private static Balance holding(long amount) {
        return new Balance("member", amount);
    }

    @Test
    void a_charge_within_the_limits_adds_to_the_balance() {
        var balance = holding(5_000);

        balance.charge(1_000, LIMITS);

        assertThat(balance.amount()).isEqualTo(6_000);
    }

    @Test
    void a_zero_or_negative_charge_is_rejected_and_changes_nothing() {
        var balance = holding(5_000);

        assertThatThrownBy(() -> balance.charge(0, LIMITS)).isInstanceOf(InvalidChargeAmountException.class);
        assertThatThrownBy(() -> balance.charge(-1_000, LIMITS)).isInstanceOf(InvalidChargeAmountException.class);
        assertThat(balance.amount()).isEqualTo(5_000);
    }

    @Test
    void a_charge_below_the_minimum_is_rejected() {
        var balance = holding(0);

        assertThatThrownBy(() -> balance.charge(999, LIMITS))
                .isInstanceOf(InvalidChargeAmountException.class)
                .hasMessageContaining("at least 1000");
        assertThat(balance.amount()).isZero();
    }

    @Test
    void a_charge_above_the_maximum_is_rejected() {
        var balance = holding(0);

        assertThatThrownBy(() -> balance.charge(1_000_001, LIMITS))
                .isInstanceOf(InvalidChargeAmountException.class)
                .hasMessageContaining("at most 1000000");
        assertThat(balance.amount()).isZero();
    }

    @Test
    void a_charge_above_the_ceiling_is_rejected_and_changes_nothing() {
        var balance = holding(9_500_000);

        assertThatThrownBy(() -> balance.charge(600_000, LIMITS))
                .isInstanceOf(BalanceLimitExceededException.class)
                .extracting(e -> ((BalanceLimitExceededException) e).code()).isEqualTo("BALANCE_LIMIT_EXCEEDED");
        assertThat(balance.amount()).isEqualTo(9_500_000);
    }

    @Test
    void a_charge_up_to_exactly_the_ceiling_is_accepted() {
        var balance = holding(9_000_000);

        balance.charge(1_000_000, LIMITS);

        assertThat(balance.amount()).isEqualTo(10_000_000);
    }

    @Test
    void a_charge_that_would_overflow_a_long_is_a_limit_breach_not_a_wrap_around() {
        var huge = new BalanceLimits(1, Long.MAX_VALUE, Long.MAX_VALUE);
        var balance = holding(Long.MAX_VALUE - 10);

        assertThatThrownBy(() -> balance.charge(100, huge)).isInstanceOf(BalanceLimitExceededException.class);
        assertThat(balance.amount()).isEqualTo(Long.MAX_VALUE - 10);
    }

    @Test
    void a_payment_the_balance_covers_is_taken() {
        var balance = holding(5_000);

        var outcome = balance.pay(5_000);

        assertThat(outcome).isEqualTo(new PaymentOutcome.Paid(5_000, 0));
        assertThat(balance.amount()).isZero();
    }

    @Test
    void a_payment_the_balance_does_not_cover_is_declined_and_changes_nothing() {
        var balance = holding(4_999);

        var outcome = balance.pay(5_000);

        assertThat(outcome).isEqualTo(new PaymentOutcome.Declined(PaymentRejectionReason.INSUFFICIENT_BALANCE, 4_999));
        assertThat(balance.amount()).isEqualTo(4_999);
    }

    @Test
    void a_free_order_is_paid_with_nothing() {
        var balance = holding(0);

        assertThat(balance.pay(0)).isEqualTo(new PaymentOutcome.Paid(0, 0));
    }

    @Test
    void a_refund_is_given_back_even_above_the_ceiling() {
        var balance = holding(10_000_000);

        balance.refund(5_000);

        assertThat(balance.amount()).isEqualTo(10_005_000);
    }

    @Test
    void a_balance_is_never_negative() {
        assertThatThrownBy(() -> holding(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> holding(0).pay(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limits_must_be_ordered() {
        assertThatThrownBy(() -> new BalanceLimits(0, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BalanceLimits(10, 5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BalanceLimits(10, 50, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_idempotency_key_is_short_and_plain() {
        assertThat(new IdempotencyKey("retry-1_A").value()).isEqualTo("retry-1_A");
        assertThatThrownBy(() -> new IdempotencyKey("")).isInstanceOf(IdempotencyKey.InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> new IdempotencyKey("a".repeat(65))).isInstanceOf(IdempotencyKey.InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> new IdempotencyKey("a b")).isInstanceOf(IdempotencyKey.InvalidIdempotencyKeyException.class);
    }
}
