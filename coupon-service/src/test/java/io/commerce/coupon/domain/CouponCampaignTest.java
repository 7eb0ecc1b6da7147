package io.commerce.coupon.domain;

import static io.commerce.coupon.domain.CampaignBuilder.NOW;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.pricing.Discount;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CouponCampaignTest {

    @Test
    void a_claim_inside_the_window_gets_a_coupon_valid_for_the_campaigns_validity_from_the_claim() {
        var coupon = aCampaign().withId(7).withCouponsValidFor(Duration.ofDays(3)).build().issueTo("m-1", NOW);

        assertThat(coupon.campaignId()).isEqualTo(7);
        assertThat(coupon.memberId()).isEqualTo("m-1");
        assertThat(coupon.issuedAt()).isEqualTo(NOW);
        assertThat(coupon.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(coupon.statusAt(NOW)).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void a_claim_before_the_window_opens_is_not_active() {
        var campaign = aCampaign().openingAt(NOW.plusSeconds(1)).closingAt(NOW.plusSeconds(60)).build();

        assertThatThrownBy(() -> campaign.issueTo("m-1", NOW))
                .isInstanceOf(CouponNotActiveException.class)
                .extracting("code").isEqualTo("COUPON_NOT_ACTIVE");
    }

    @Test
    void the_window_opens_at_its_first_instant_and_is_closed_at_its_last() {
        var campaign = aCampaign().openingAt(NOW).closingAt(NOW.plusSeconds(60)).build();

        assertThat(campaign.isOpenAt(NOW)).isTrue();
        assertThat(campaign.isOpenAt(NOW.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> campaign.issueTo("m-1", NOW.plusSeconds(60))).isInstanceOf(CouponNotActiveException.class);
    }

    @Test
    void a_window_must_close_after_it_opens() {
        assertThatThrownBy(() -> new ClaimWindow(NOW, NOW)).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> new ClaimWindow(NOW, NOW.minusSeconds(1))).isInstanceOf(InvalidCampaignException.class);
    }

    @Test
    void a_campaign_offers_at_least_one_coupon_and_at_most_the_maximum() {
        assertThatThrownBy(() -> aCampaign().withQuantity(0).build()).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> aCampaign().withQuantity(-5).build()).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> aCampaign().withQuantity(CouponCampaign.MAX_QUANTITY + 1).build())
                .isInstanceOf(InvalidCampaignException.class);
    }

    @Test
    void a_coupon_stays_valid_for_at_least_a_minute_and_at_most_366_days() {
        assertThatThrownBy(() -> aCampaign().withCouponsValidFor(Duration.ofSeconds(59)).build())
                .isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> aCampaign().withCouponsValidFor(Duration.ofDays(367)).build())
                .isInstanceOf(InvalidCampaignException.class);
    }

    @Test
    void a_campaign_needs_a_name() {
        var window = new ClaimWindow(NOW, NOW.plusSeconds(60));
        assertThatThrownBy(() -> CouponCampaign.create(" ", Discount.fixed(1), 1, window, Duration.ofDays(1)))
                .isInstanceOf(InvalidCampaignException.class);
    }

    @Test
    void a_campaign_is_sold_out_when_every_coupon_is_issued() {
        assertThat(aCampaign().withQuantity(10).withIssued(9).build().hasStockLeft()).isTrue();
        assertThat(aCampaign().withQuantity(10).withIssued(9).build().remaining()).isEqualTo(1);
        assertThat(aCampaign().withQuantity(10).withIssued(10).build().hasStockLeft()).isFalse();
    }
}
