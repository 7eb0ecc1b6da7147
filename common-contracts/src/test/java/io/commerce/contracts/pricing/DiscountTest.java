package io.commerce.contracts.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.event.coupon.AppliedDiscount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscountTest {

    @Test
    void a_fixed_discount_takes_its_amount_but_never_more_than_the_subtotal() {
        assertThat(Discount.fixed(3_000).amountOff(20_000)).isEqualTo(3_000);
        assertThat(Discount.fixed(50_000).amountOff(12_000)).isEqualTo(12_000);
        assertThat(Discount.fixed(1_000).amountOff(0)).isZero();
    }

    @Test
    void a_percentage_rounds_down() {
        assertThat(Discount.percentage(15).amountOff(10_001)).isEqualTo(1_500);
        assertThat(Discount.percentage(10).amountOff(12_345)).isEqualTo(1_234);
        assertThat(Discount.percentage(100).amountOff(12_000)).isEqualTo(12_000);
    }

    @Test
    void a_capped_percentage_takes_at_most_its_cap() {
        assertThat(Discount.percentage(50, 5_000L).amountOff(100_000)).isEqualTo(5_000);
        assertThat(Discount.percentage(50, 5_000L).amountOff(6_000)).isEqualTo(3_000);
    }

    @Test
    void a_discount_is_never_negative_and_a_percentage_at_most_100() {
        assertThatThrownBy(() -> Discount.fixed(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.percentage(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.percentage(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.percentage(10, -1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_subtotal_is_a_bug_and_fails() {
        assertThatThrownBy(() -> Discount.fixed(1).amountOff(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.percentage(1).amountOff(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_percentage_of_a_huge_subtotal_fails_loudly_instead_of_overflowing() {
        assertThatThrownBy(() -> Discount.percentage(50).amountOff(Long.MAX_VALUE))
                .isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0} {1} cap {2}")
    @CsvSource({"FIXED, 3000, ", "PERCENTAGE, 10, ", "PERCENTAGE, 50, 5000", "PERCENTAGE, 100, 0"})
    void a_discount_keeps_its_rule_on_the_wire(AppliedDiscount.Kind kind, long value, Long cap) {
        var wire = new AppliedDiscount(kind, value, cap);

        assertThat(AppliedDiscount.of(wire.toDiscount())).isEqualTo(wire);
    }

    @Test
    void the_wire_form_names_the_same_rule() {
        assertThat(new AppliedDiscount(AppliedDiscount.Kind.FIXED, 3_000, null).toDiscount())
                .isEqualTo(Discount.fixed(3_000));
        assertThat(new AppliedDiscount(AppliedDiscount.Kind.PERCENTAGE, 10, 5_000L).toDiscount())
                .isEqualTo(Discount.percentage(10, 5_000L));
    }
}
