package io.commerce.coupon.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.coupon.AppliedDiscount;
import io.commerce.coupon.domain.Discount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule published in CouponApplied gives the order service the same amount the domain computes. */
class DiscountOnTheWireTest {

    @ParameterizedTest(name = "{0} {1} cap {2} on {3} takes {4}")
    @CsvSource({
            "FIXED,      3000, ,     20000, 3000",
            "FIXED,     50000, ,     12000, 12000",
            "FIXED,      1000, ,         0, 0",
            "PERCENTAGE,   15, ,     10001, 1500",
            "PERCENTAGE,   50, 5000, 100000, 5000",
            "PERCENTAGE,   50, 5000,   6000, 3000",
            "PERCENTAGE,  100, ,     12000, 12000"})
    void the_published_rule_and_the_domain_take_the_same_amount_never_more_than_the_subtotal(
            String kind, long value, Long cap, long subtotal, long expectedOff) {
        Discount domain = kind.equals("FIXED") ? Discount.fixed(value) : Discount.percentage((int) value, cap);

        AppliedDiscount wire = CouponEventsAdapter.toApplied(domain);

        assertThat(wire).isEqualTo(new AppliedDiscount(AppliedDiscount.Kind.valueOf(kind), value, cap));
        assertThat(domain.amountOff(subtotal)).isEqualTo(expectedOff);
        assertThat(wire.amountOff(subtotal)).isEqualTo(expectedOff);
        assertThat(subtotal - wire.amountOff(subtotal)).isNotNegative();
    }
}
