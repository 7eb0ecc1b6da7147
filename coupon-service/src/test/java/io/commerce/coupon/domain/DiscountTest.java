package io.commerce.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiscountTest {

    @Test
    void a_fixed_discount_takes_its_amount_off() {
        assertThat(Discount.fixed(3_000).amountOff(20_000)).isEqualTo(3_000);
    }

    @Test
    void a_percentage_discount_takes_that_share_of_the_subtotal_rounded_down() {
        assertThat(Discount.percentage(15).amountOff(10_001)).isEqualTo(1_500);
    }

    @Test
    void a_capped_percentage_never_takes_more_than_the_cap() {
        assertThat(Discount.percentage(50, 5_000L).amountOff(100_000)).isEqualTo(5_000);
        assertThat(Discount.percentage(50, 5_000L).amountOff(6_000)).isEqualTo(3_000);
    }

    @Test
    void a_discount_larger_than_the_subtotal_takes_only_the_subtotal_so_nothing_is_payable_below_zero() {
        assertThat(Discount.fixed(50_000).amountOff(12_000)).isEqualTo(12_000);
        assertThat(Discount.percentage(100).amountOff(12_000)).isEqualTo(12_000);
        assertThat(Discount.fixed(1_000).amountOff(0)).isZero();
    }

    @Test
    void a_discount_is_positive_and_a_percentage_is_at_most_100() {
        assertThatThrownBy(() -> Discount.fixed(0)).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> Discount.fixed(-1)).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> Discount.fixed(Discount.MAX_AMOUNT + 1)).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> Discount.percentage(0)).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> Discount.percentage(101)).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> Discount.percentage(10, 0L))
                .isInstanceOf(InvalidCampaignException.class)
                .extracting("code").isEqualTo("INVALID_CAMPAIGN");
    }

    @Test
    void a_percentage_of_a_huge_subtotal_fails_loudly_instead_of_overflowing() {
        assertThatThrownBy(() -> Discount.percentage(50).amountOff(Long.MAX_VALUE))
                .isInstanceOf(ArithmeticException.class);
    }
}
