package io.commerce.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiscountTest {

    @Test
    void a_fixed_discount_takes_its_amount_but_never_more_than_the_subtotal() {
        assertThat(new Discount.Fixed(1_000).amountOff(5_000)).isEqualTo(1_000);
        assertThat(new Discount.Fixed(9_000).amountOff(5_000)).isEqualTo(5_000);
        assertThat(new Discount.Fixed(1_000).amountOff(0)).isZero();
    }

    @Test
    void a_percentage_discount_rounds_down_and_respects_its_cap() {
        assertThat(new Discount.Percentage(10, null).amountOff(12_345)).isEqualTo(1_234);
        assertThat(new Discount.Percentage(50, 1_000L).amountOff(10_000)).isEqualTo(1_000);
        assertThat(new Discount.Percentage(100, null).amountOff(7_000)).isEqualTo(7_000);
    }

    @Test
    void a_discount_is_never_negative_and_a_percentage_at_most_100() {
        assertThatThrownBy(() -> new Discount.Fixed(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Discount.Percentage(101, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Discount.Percentage(10, -1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
