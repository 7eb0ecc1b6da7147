package io.commerce.coupon.domain;

import static io.commerce.coupon.domain.CampaignBuilder.NOW;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.pricing.Discount;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IssuedCouponTest {

    private final UUID order = UUID.randomUUID();

    @Test
    void the_holder_can_use_an_unused_unexpired_coupon_for_an_order() {
        var coupon = aCampaign().withDiscount(Discount.percentage(10, 2_000L)).issuedTo("m-1", 5);

        var use = coupon.useFor(order, "m-1", NOW.plusSeconds(1));

        assertThat(use).isEqualTo(new CouponUse.Applied(5, Discount.percentage(10, 2_000L)));
        assertThat(coupon.statusAt(NOW.plusSeconds(1))).isEqualTo(CouponStatus.USED);
        assertThat(coupon.usedByOrder()).isEqualTo(order);
    }

    @Test
    void another_members_coupon_is_not_owned_and_stays_unused() {
        var coupon = aCampaign().issuedTo("m-1", 5);

        assertThat(coupon.useFor(order, "m-2", NOW)).isEqualTo(new CouponUse.Rejected(5, CouponRejectionReason.COUPON_NOT_OWNED));
        assertThat(coupon.statusAt(NOW)).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void a_coupon_used_by_one_order_is_already_used_for_another() {
        var coupon = aCampaign().issuedTo("m-1", 5);
        coupon.useFor(order, "m-1", NOW);

        assertThat(coupon.useFor(UUID.randomUUID(), "m-1", NOW))
                .isEqualTo(new CouponUse.Rejected(5, CouponRejectionReason.COUPON_ALREADY_USED));
        assertThat(coupon.usedByOrder()).isEqualTo(order);
    }

    @Test
    void asking_again_for_the_same_order_keeps_it_applied_without_using_anything_more() {
        var coupon = aCampaign().issuedTo("m-1", 5);
        coupon.useFor(order, "m-1", NOW);

        assertThat(coupon.useFor(order, "m-1", NOW.plusSeconds(5))).isInstanceOf(CouponUse.Applied.class);
        assertThat(coupon.usedAt()).isEqualTo(NOW);
    }

    @Test
    void a_coupon_past_its_expiry_is_expired_and_cannot_be_used() {
        var coupon = aCampaign().withCouponsValidFor(Duration.ofDays(1)).issuedTo("m-1", 5);
        var expiry = NOW.plus(Duration.ofDays(1));

        assertThat(coupon.statusAt(expiry.minusMillis(1))).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(coupon.statusAt(expiry)).isEqualTo(CouponStatus.EXPIRED);
        assertThat(coupon.useFor(order, "m-1", expiry)).isEqualTo(new CouponUse.Rejected(5, CouponRejectionReason.COUPON_EXPIRED));
    }

    @Test
    void a_failed_order_gives_its_coupon_back_once_and_only_that_order_can() {
        var coupon = aCampaign().issuedTo("m-1", 5);
        coupon.useFor(order, "m-1", NOW);

        assertThat(coupon.restoreFrom(UUID.randomUUID())).isFalse();
        assertThat(coupon.restoreFrom(order)).isTrue();
        assertThat(coupon.restoreFrom(order)).isFalse();
        assertThat(coupon.statusAt(NOW)).isEqualTo(CouponStatus.AVAILABLE);
    }
}
