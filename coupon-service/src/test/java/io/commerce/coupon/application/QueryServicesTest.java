package io.commerce.coupon.application;

import io.commerce.localstack.MutableClock;

import static io.commerce.coupon.domain.CampaignBuilder.NOW;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.coupon.application.port.in.ApplyCouponToOrderUseCase.ApplyCouponCommand;
import io.commerce.coupon.application.port.in.HeldCoupon;
import io.commerce.coupon.application.port.in.ListHeldCouponsQuery.ListHeldCoupons;
import io.commerce.coupon.application.port.in.PageSpec;
import io.commerce.coupon.domain.CampaignNotFoundException;
import io.commerce.coupon.domain.CouponNotFoundException;
import io.commerce.coupon.domain.CouponStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryServicesTest {

    private final InMemoryStores.Campaigns campaigns = new InMemoryStores.Campaigns();
    private final InMemoryStores.Coupons coupons = new InMemoryStores.Coupons();
    private final MutableClock clock = new MutableClock(NOW);
    private final HeldCouponQueryService held = new HeldCouponQueryService(coupons, clock);
    private final CampaignQueryService campaignQueries = new CampaignQueryService(campaigns, clock);

    @Test
    void held_coupons_show_their_status_as_of_now_and_the_available_filter_lists_only_usable_ones() {
        coupons.put(aCampaign().withId(1).withCouponsValidFor(Duration.ofDays(1)).issuedTo("m-1", 1));
        coupons.put(aCampaign().withId(2).withCouponsValidFor(Duration.ofDays(10)).issuedTo("m-1", 2));
        coupons.put(aCampaign().withId(3).withCouponsValidFor(Duration.ofDays(10)).issuedTo("m-1", 3));
        coupons.put(aCampaign().withId(4).issuedTo("someone-else", 4));
        new ApplyCouponToOrderService(coupons, new InMemoryStores.Redemptions(), new InMemoryStores.RecordedEvents(), clock)
                .apply(new ApplyCouponCommand(UUID.randomUUID(), "m-1", 3));
        clock.advance(Duration.ofDays(2));

        var all = held.list(new ListHeldCoupons("m-1", null, new PageSpec(0, 20)));
        var available = held.list(new ListHeldCoupons("m-1", CouponStatus.AVAILABLE, new PageSpec(0, 20)));

        assertThat(all.content()).extracting(h -> h.coupon().id() + ":" + h.status())
                .containsExactly("3:USED", "2:AVAILABLE", "1:EXPIRED");
        assertThat(available.content()).extracting(h -> h.coupon().id()).containsExactly(2L);
    }

    @Test
    void a_member_cannot_read_another_members_coupon() {
        coupons.put(aCampaign().issuedTo("m-1", 1));

        assertThat(held.get("m-1", 1)).extracting(HeldCoupon::status).isEqualTo(CouponStatus.AVAILABLE);
        assertThatThrownBy(() -> held.get("m-2", 1)).isInstanceOf(CouponNotFoundException.class);
    }

    @Test
    void open_campaigns_are_those_whose_window_contains_now_with_what_remains() {
        campaigns.put(aCampaign().withId(1).withQuantity(10).withIssued(4).build());
        campaigns.put(aCampaign().withId(2).openingAt(NOW.plusSeconds(10)).closingAt(NOW.plusSeconds(20)).build());

        var open = campaignQueries.listOpen(new PageSpec(0, 20));

        assertThat(open.content()).extracting(c -> c.id() + ":" + c.remaining()).containsExactly("1:6");
        assertThatThrownBy(() -> campaignQueries.get(99)).isInstanceOf(CampaignNotFoundException.class);
    }
}
