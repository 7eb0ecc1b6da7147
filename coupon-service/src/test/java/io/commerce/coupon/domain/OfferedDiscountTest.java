package io.commerce.coupon.domain;

import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.pricing.Discount;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a campaign may offer; the amount a discount takes off is the shared rule's (contracts' DiscountTest). */
class OfferedDiscountTest {

    static Stream<Discount> not_offerable() {
        return Stream.of(Discount.fixed(0), Discount.fixed(CouponCampaign.MAX_DISCOUNT + 1), Discount.percentage(0),
                Discount.percentage(10, 0L), Discount.percentage(10, CouponCampaign.MAX_DISCOUNT + 1));
    }

    @ParameterizedTest
    @MethodSource("not_offerable")
    void a_campaign_offers_something_off_and_never_more_than_the_maximum(Discount discount) {
        assertThatThrownBy(() -> aCampaign().withDiscount(discount).build())
                .isInstanceOf(InvalidCampaignException.class)
                .extracting("code").isEqualTo("INVALID_CAMPAIGN");
    }

    @Test
    void a_campaign_needs_a_discount() {
        assertThatThrownBy(() -> aCampaign().withDiscount(null).build()).isInstanceOf(InvalidCampaignException.class);
    }

    @Test
    void the_bounds_themselves_may_be_offered() {
        assertThat(aCampaign().withDiscount(Discount.fixed(1)).build().discount()).isEqualTo(Discount.fixed(1));
        assertThat(aCampaign().withDiscount(Discount.fixed(CouponCampaign.MAX_DISCOUNT)).build().discount())
                .isEqualTo(Discount.fixed(CouponCampaign.MAX_DISCOUNT));
        assertThat(aCampaign().withDiscount(Discount.percentage(100, CouponCampaign.MAX_DISCOUNT)).build().discount())
                .isEqualTo(Discount.percentage(100, CouponCampaign.MAX_DISCOUNT));
        assertThat(aCampaign().withDiscount(Discount.percentage(1, 1L)).build().discount())
                .isEqualTo(Discount.percentage(1, 1L));
    }
}
