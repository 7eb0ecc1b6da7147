package io.commerce.coupon.application;

import io.commerce.contracts.core.PageRequest;
import io.commerce.localstack.MutableClock;

import static io.commerce.coupon.domain.CampaignBuilder.NOW;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.coupon.application.port.in.ApplyCouponToOrderUseCase.ApplyCouponCommand;
import io.commerce.coupon.application.port.in.HeldCoupon;
import io.commerce.coupon.application.port.in.ListHeldCouponsQuery.ListHeldCoupons;
import io.commerce.coupon.application.port.out.CampaignRepository;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import io.commerce.coupon.domain.CampaignNotFoundException;
import io.commerce.coupon.domain.CouponNotFoundException;
import io.commerce.coupon.domain.CouponStatus;
import io.commerce.localstack.Transactional;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@CouponApplicationTest
class QueryServicesTest {

    private final MutableClock clock = new MutableClock(NOW);
    private CouponRows store;
    private HeldCouponQueryService held;
    private CampaignQueryService campaignQueries;
    private ApplyCouponToOrderService apply;

    @BeforeEach
    void onTheRealDatabase(@Autowired CampaignRepository campaigns, @Autowired IssuedCouponRepository coupons,
            @Autowired CouponRedemptionRepository redemptions, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        store = new CouponRows(coupons, redemptions, jdbc, transactions);
        held = Transactional.around(new HeldCouponQueryService(coupons, clock), transactions);
        campaignQueries = Transactional.around(new CampaignQueryService(campaigns, clock), transactions);
        apply = Transactional.around(
                new ApplyCouponToOrderService(coupons, redemptions, new RecordingCouponEvents(), clock), transactions);
    }

    @Test
    void held_coupons_show_their_status_as_of_now_and_the_available_filter_lists_only_usable_ones() {
        store.holding(aCampaign().withId(1).withCouponsValidFor(Duration.ofDays(1)).issuedTo("m-1", 1));
        store.holding(aCampaign().withId(2).withCouponsValidFor(Duration.ofDays(10)).issuedTo("m-1", 2));
        store.holding(aCampaign().withId(3).withCouponsValidFor(Duration.ofDays(10)).issuedTo("m-1", 3));
        store.holding(aCampaign().withId(4).issuedTo("someone-else", 4));
        apply.apply(new ApplyCouponCommand(UUID.randomUUID(), "m-1", 3));
        clock.advance(Duration.ofDays(2));

        var all = held.list(new ListHeldCoupons("m-1", null, PageRequest.of(0, 20)));
        var available = held.list(new ListHeldCoupons("m-1", CouponStatus.AVAILABLE, PageRequest.of(0, 20)));

        assertThat(all.content()).extracting(h -> h.coupon().id() + ":" + h.status())
                .containsExactly("3:USED", "2:AVAILABLE", "1:EXPIRED");
        assertThat(available.content()).extracting(h -> h.coupon().id()).containsExactly(2L);
    }

    @Test
    void a_member_cannot_read_another_members_coupon() {
        store.holding(aCampaign().issuedTo("m-1", 1));

        assertThat(held.get("m-1", 1)).extracting(HeldCoupon::status).isEqualTo(CouponStatus.AVAILABLE);
        assertThatThrownBy(() -> held.get("m-2", 1)).isInstanceOf(CouponNotFoundException.class);
    }

    @Test
    void open_campaigns_are_those_whose_window_contains_now_with_what_remains() {
        store.holding(aCampaign().withId(1).withQuantity(10).withIssued(4).build());
        store.holding(aCampaign().withId(2).openingAt(NOW.plusSeconds(10)).closingAt(NOW.plusSeconds(20)).build());

        var open = campaignQueries.listOpen(PageRequest.of(0, 20));

        assertThat(open.content()).extracting(c -> c.id() + ":" + c.remaining()).containsExactly("1:6");
        assertThatThrownBy(() -> campaignQueries.get(99)).isInstanceOf(CampaignNotFoundException.class);
    }
}
