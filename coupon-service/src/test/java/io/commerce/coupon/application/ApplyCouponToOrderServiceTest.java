package io.commerce.coupon.application;

import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.pricing.Discount;
import io.commerce.localstack.MutableClock;

import static io.commerce.coupon.domain.CampaignBuilder.NOW;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.coupon.application.RecordingCouponEvents.Applied;
import io.commerce.coupon.application.RecordingCouponEvents.Rejected;
import io.commerce.coupon.application.port.in.ApplyCouponToOrderUseCase.ApplyCouponCommand;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository.Outcome;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
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
class ApplyCouponToOrderServiceTest {

    private final RecordingCouponEvents events = new RecordingCouponEvents();
    private final MutableClock clock = new MutableClock(NOW);
    private final UUID order = UUID.randomUUID();
    private CouponRows coupons;
    private ApplyCouponToOrderService apply;
    private RestoreCouponService restore;

    @BeforeEach
    void onTheRealDatabase(@Autowired IssuedCouponRepository issued, @Autowired CouponRedemptionRepository redemptions,
            @Autowired JdbcTemplate jdbc, @Autowired PlatformTransactionManager transactions) {
        coupons = new CouponRows(issued, redemptions, jdbc, transactions);
        apply = Transactional.around(new ApplyCouponToOrderService(issued, redemptions, events, clock), transactions);
        restore = Transactional.around(new RestoreCouponService(issued, redemptions, clock), transactions);
    }

    @Test
    void an_order_using_the_members_valid_coupon_marks_it_used_and_announces_the_discount() {
        coupons.holding(aCampaign().withDiscount(Discount.percentage(10, 3_000L)).issuedTo("m-1", 5));

        apply.apply(new ApplyCouponCommand(order, "m-1", 5));

        assertThat(events.all()).containsExactly(new Applied(order, 5, Discount.percentage(10, 3_000L)));
        assertThat(coupons.get(5).usedByOrder()).isEqualTo(order);
        assertThat(coupons.redemptionOf(order).outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void an_unknown_coupon_is_rejected_as_not_found() {
        apply.apply(new ApplyCouponCommand(order, "m-1", 404));

        assertThat(events.all()).containsExactly(new Rejected(order, 404, CouponRejectionReason.COUPON_NOT_FOUND));
    }

    @Test
    void another_members_coupon_is_rejected_as_not_owned_and_stays_available() {
        coupons.holding(aCampaign().issuedTo("m-1", 5));

        apply.apply(new ApplyCouponCommand(order, "m-2", 5));

        assertThat(events.all()).containsExactly(new Rejected(order, 5, CouponRejectionReason.COUPON_NOT_OWNED));
        assertThat(coupons.get(5).statusAt(NOW)).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void an_expired_coupon_is_rejected_as_expired() {
        coupons.holding(aCampaign().withCouponsValidFor(Duration.ofHours(1)).issuedTo("m-1", 5));
        clock.advance(Duration.ofHours(1));

        apply.apply(new ApplyCouponCommand(order, "m-1", 5));

        assertThat(events.all()).containsExactly(new Rejected(order, 5, CouponRejectionReason.COUPON_EXPIRED));
        assertThat(coupons.get(5).usedByOrder()).isNull();
    }

    @Test
    void a_second_order_for_a_used_coupon_is_rejected_as_already_used() {
        coupons.holding(aCampaign().issuedTo("m-1", 5));
        var other = UUID.randomUUID();

        apply.apply(new ApplyCouponCommand(order, "m-1", 5));
        apply.apply(new ApplyCouponCommand(other, "m-1", 5));

        assertThat(events.all()).containsExactly(new Applied(order, 5, Discount.fixed(3_000)),
                new Rejected(other, 5, CouponRejectionReason.COUPON_ALREADY_USED));
        assertThat(coupons.get(5).usedByOrder()).isEqualTo(order);
    }

    @Test
    void a_duplicated_request_for_the_same_order_changes_nothing_and_never_uses_a_second_coupon() {
        coupons.holding(aCampaign().withId(1).issuedTo("m-1", 5));
        coupons.holding(aCampaign().withId(2).issuedTo("m-1", 6));

        apply.apply(new ApplyCouponCommand(order, "m-1", 5));
        apply.apply(new ApplyCouponCommand(order, "m-1", 5));
        apply.apply(new ApplyCouponCommand(order, "m-1", 6));

        assertThat(events.all()).hasSize(1);
        assertThat(coupons.get(6).usedByOrder()).isNull();
    }

    @Test
    void a_failed_order_gets_its_coupon_back_once() {
        coupons.holding(aCampaign().issuedTo("m-1", 5));
        apply.apply(new ApplyCouponCommand(order, "m-1", 5));

        restore.restore(order);
        assertThat(coupons.get(5).statusAt(NOW)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(coupons.redemptionOf(order).outcome()).isEqualTo(Outcome.RESTORED);

        // the coupon now serves another order; a repeated OrderFailed of the first must not take it away
        var next = UUID.randomUUID();
        apply.apply(new ApplyCouponCommand(next, "m-1", 5));
        restore.restore(order);

        assertThat(coupons.get(5).usedByOrder()).isEqualTo(next);
    }

    @Test
    void a_failed_order_that_was_refused_its_coupon_restores_nothing() {
        coupons.holding(aCampaign().issuedTo("m-1", 5));
        apply.apply(new ApplyCouponCommand(order, "m-1", 5));
        var refused = UUID.randomUUID();
        apply.apply(new ApplyCouponCommand(refused, "m-1", 5));

        restore.restore(refused);
        restore.restore(UUID.randomUUID()); // an order without a coupon

        assertThat(coupons.get(5).usedByOrder()).isEqualTo(order);
    }

    @Test
    void a_replayed_order_after_its_failure_does_not_take_the_restored_coupon_again() {
        coupons.holding(aCampaign().issuedTo("m-1", 5));
        apply.apply(new ApplyCouponCommand(order, "m-1", 5));
        restore.restore(order);

        apply.apply(new ApplyCouponCommand(order, "m-1", 5));

        assertThat(coupons.get(5).usedByOrder()).isNull();
        assertThat(events.all()).hasSize(1);
    }
}
