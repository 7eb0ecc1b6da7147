package io.commerce.coupon.application;

import io.commerce.localstack.MutableClock;

import static io.commerce.coupon.domain.CampaignBuilder.NOW;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.coupon.application.port.in.IssueCouponUseCase.IssueCouponCommand;
import io.commerce.coupon.domain.CampaignNotFoundException;
import io.commerce.coupon.domain.CouponAlreadyIssuedException;
import io.commerce.coupon.domain.CouponNotActiveException;
import io.commerce.coupon.domain.CouponSoldOutException;
import io.commerce.coupon.domain.CouponStatus;
import java.time.Duration;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

class IssueCouponServiceTest {

    private final InMemoryStores.Campaigns campaigns = new InMemoryStores.Campaigns();
    private final InMemoryStores.Coupons coupons = new InMemoryStores.Coupons();
    private final MutableClock clock = new MutableClock(NOW);
    private final IssueCouponService service =
            new IssueCouponService(campaigns, coupons, new RollbackOnFailure(), clock);

    @Test
    void a_member_claiming_an_open_campaign_gets_an_available_coupon_and_the_count_goes_up() {
        campaigns.put(aCampaign().withId(1).withQuantity(2).withCouponsValidFor(Duration.ofDays(2)).build());

        var coupon = service.issue(new IssueCouponCommand(1, "m-1"));

        assertThat(coupon.id()).isNotNull();
        assertThat(coupon.memberId()).isEqualTo("m-1");
        assertThat(coupon.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        assertThat(coupon.statusAt(NOW)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(campaigns.issuedCount(1)).isEqualTo(1);
    }

    @Test
    void a_member_claiming_twice_is_already_issued_and_the_count_does_not_move() {
        campaigns.put(aCampaign().withId(1).withQuantity(5).build());
        service.issue(new IssueCouponCommand(1, "m-1"));

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-1")))
                .isInstanceOf(CouponAlreadyIssuedException.class)
                .extracting("code").isEqualTo("COUPON_ALREADY_ISSUED");
        assertThat(campaigns.issuedCount(1)).isEqualTo(1);
        assertThat(coupons.byId).hasSize(1);
    }

    @Test
    void a_claim_after_the_last_coupon_is_sold_out_and_leaves_no_coupon_behind() {
        campaigns.put(aCampaign().withId(1).withQuantity(1).build());
        service.issue(new IssueCouponCommand(1, "m-1"));

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-2")))
                .isInstanceOf(CouponSoldOutException.class)
                .extracting("code").isEqualTo("COUPON_SOLD_OUT");
        assertThat(coupons.byId.values()).extracting("memberId").containsExactly("m-1");
        assertThat(campaigns.issuedCount(1)).isEqualTo(1);
    }

    @Test
    void once_sold_out_a_campaign_is_refused_from_memory_without_asking_the_stores_again() {
        campaigns.put(aCampaign().withId(1).withQuantity(1).build());
        service.issue(new IssueCouponCommand(1, "m-1"));
        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-2"))).isInstanceOf(CouponSoldOutException.class);
        var transactionsBefore = RollbackOnFailure.started;

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-3"))).isInstanceOf(CouponSoldOutException.class);

        assertThat(RollbackOnFailure.started).isEqualTo(transactionsBefore);
        assertThat(campaigns.reads.get()).isEqualTo(1);
    }

    @Test
    void a_campaign_already_sold_out_in_the_store_is_refused_without_a_transaction() {
        campaigns.put(aCampaign().withId(1).withQuantity(3).withIssued(3).build());
        var transactionsBefore = RollbackOnFailure.started;

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-1"))).isInstanceOf(CouponSoldOutException.class);
        assertThat(RollbackOnFailure.started).isEqualTo(transactionsBefore);
    }

    @Test
    void a_claim_outside_the_window_is_not_active_and_changes_nothing() {
        campaigns.put(aCampaign().withId(1).openingAt(NOW.plusSeconds(60)).closingAt(NOW.plusSeconds(120)).build());

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-1")))
                .isInstanceOf(CouponNotActiveException.class);
        assertThat(campaigns.issuedCount(1)).isZero();

        clock.advance(Duration.ofSeconds(60));
        assertThat(service.issue(new IssueCouponCommand(1, "m-1")).id()).isNotNull();

        clock.advance(Duration.ofSeconds(60));
        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-2")))
                .isInstanceOf(CouponNotActiveException.class);
    }

    @Test
    void a_claim_for_an_unknown_campaign_is_not_found_and_is_not_remembered_as_missing() {
        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(9, "m-1")))
                .isInstanceOf(CampaignNotFoundException.class)
                .extracting("code").isEqualTo("CAMPAIGN_NOT_FOUND");

        campaigns.put(aCampaign().withId(9).build());
        assertThat(service.issue(new IssueCouponCommand(9, "m-1")).campaignId()).isEqualTo(9);
    }

    /** Runs the callback; on failure undoes the coupons it stored, as the database rollback would. */
    private final class RollbackOnFailure implements TransactionOperations {

        static int started;

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            started++;
            var before = new HashSet<>(coupons.byId.keySet());
            try {
                TransactionStatus status = new SimpleTransactionStatus();
                return action.doInTransaction(status);
            } catch (RuntimeException e) {
                coupons.byId.keySet().stream().filter(id -> !before.contains(id)).toList().forEach(coupons::remove);
                throw e;
            }
        }
    }
}
