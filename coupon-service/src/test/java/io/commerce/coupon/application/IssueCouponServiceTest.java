package io.commerce.coupon.application;

import io.commerce.contracts.core.PageRequest;
import io.commerce.localstack.MutableClock;

import static io.commerce.coupon.domain.CampaignBuilder.NOW;
import static io.commerce.coupon.domain.CampaignBuilder.aCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.core.Page;
import io.commerce.coupon.application.port.in.IssueCouponUseCase.IssueCouponCommand;
import io.commerce.coupon.application.port.out.CampaignRepository;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import io.commerce.coupon.domain.CampaignNotFoundException;
import io.commerce.coupon.domain.CouponAlreadyIssuedException;
import io.commerce.coupon.domain.CouponCampaign;
import io.commerce.coupon.domain.CouponNotActiveException;
import io.commerce.coupon.domain.CouponSoldOutException;
import io.commerce.coupon.domain.CouponStatus;
import io.commerce.coupon.domain.IssuedCoupon;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

@CouponApplicationTest
class IssueCouponServiceTest {

    private final MutableClock clock = new MutableClock(NOW);
    private CouponRows store;
    private IssuedCouponRepository coupons;
    private CountingCampaignReads campaigns;
    private CountingTransactions transactions;
    private IssueCouponService service;

    @BeforeEach
    void onTheRealDatabase(@Autowired CampaignRepository campaignRepository, @Autowired IssuedCouponRepository coupons,
            @Autowired CouponRedemptionRepository redemptions, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactionManager) {
        this.coupons = coupons;
        store = new CouponRows(coupons, redemptions, jdbc, transactionManager);
        campaigns = new CountingCampaignReads(campaignRepository);
        transactions = new CountingTransactions(new TransactionTemplate(transactionManager));
        service = new IssueCouponService(campaigns, coupons, transactions, clock);
    }

    @Test
    void a_member_claiming_an_open_campaign_gets_an_available_coupon_and_the_count_goes_up() {
        store.holding(aCampaign().withId(1).withQuantity(2).withCouponsValidFor(Duration.ofDays(2)).build());

        var coupon = service.issue(new IssueCouponCommand(1, "m-1"));

        assertThat(coupon.id()).isNotNull();
        assertThat(coupon.memberId()).isEqualTo("m-1");
        assertThat(coupon.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        assertThat(coupon.statusAt(NOW)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(store.issuedCount(1)).isEqualTo(1);
    }

    @Test
    void a_member_claiming_twice_is_already_issued_and_the_count_does_not_move() {
        store.holding(aCampaign().withId(1).withQuantity(5).build());
        service.issue(new IssueCouponCommand(1, "m-1"));

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-1")))
                .isInstanceOf(CouponAlreadyIssuedException.class)
                .extracting("code").isEqualTo("COUPON_ALREADY_ISSUED");
        assertThat(store.issuedCount(1)).isEqualTo(1);
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void a_claim_after_the_last_coupon_is_sold_out_and_leaves_no_coupon_behind() {
        store.holding(aCampaign().withId(1).withQuantity(1).build());
        service.issue(new IssueCouponCommand(1, "m-1"));

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-2")))
                .isInstanceOf(CouponSoldOutException.class)
                .extracting("code").isEqualTo("COUPON_SOLD_OUT");
        assertThat(store.all()).extracting(IssuedCoupon::memberId).containsExactly("m-1");
        assertThat(store.issuedCount(1)).isEqualTo(1);
    }

    @Test
    void once_sold_out_a_campaign_is_refused_from_memory_without_asking_the_stores_again() {
        store.holding(aCampaign().withId(1).withQuantity(1).build());
        service.issue(new IssueCouponCommand(1, "m-1"));
        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-2"))).isInstanceOf(CouponSoldOutException.class);
        var transactionsBefore = transactions.started();

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-3"))).isInstanceOf(CouponSoldOutException.class);

        assertThat(transactions.started()).isEqualTo(transactionsBefore);
        assertThat(campaigns.reads()).isEqualTo(1);
    }

    @Test
    void a_campaign_already_sold_out_in_the_store_is_refused_without_a_transaction() {
        store.holding(aCampaign().withId(1).withQuantity(3).withIssued(3).build());
        var transactionsBefore = transactions.started();

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-1"))).isInstanceOf(CouponSoldOutException.class);
        assertThat(transactions.started()).isEqualTo(transactionsBefore);
    }

    @Test
    void a_holder_claiming_again_after_the_sell_out_hears_they_already_have_one_from_memory() {
        store.holding(aCampaign().withId(1).withQuantity(1).build());
        service.issue(new IssueCouponCommand(1, "m-1"));
        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-2"))).isInstanceOf(CouponSoldOutException.class);
        var transactionsBefore = transactions.started();

        // a member whose answer was lost (a timeout) retries: "sold out" would tell them they missed it
        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-1")))
                .isInstanceOf(CouponAlreadyIssuedException.class)
                .extracting("code").isEqualTo("COUPON_ALREADY_ISSUED");
        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-2"))).isInstanceOf(CouponSoldOutException.class);

        assertThat(transactions.started()).isEqualTo(transactionsBefore);
        assertThat(store.all()).extracting(IssuedCoupon::memberId).containsExactly("m-1");
        assertThat(store.issuedCount(1)).isEqualTo(1);
    }

    @Test
    void a_campaign_found_sold_out_in_the_store_still_tells_its_holders_apart() {
        store.holding(aCampaign().withId(1).withQuantity(1).withIssued(1).build())
                .holding(aCampaign().withId(1).issuedTo("m-1", 5));

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-1"))).isInstanceOf(CouponAlreadyIssuedException.class);
        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-2"))).isInstanceOf(CouponSoldOutException.class);

        assertThat(transactions.started()).isZero();
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void holders_of_a_campaign_too_large_to_keep_in_memory_are_told_apart_by_the_database() {
        var keepingOne = new IssueCouponService(campaigns, coupons, transactions, clock, 1);
        store.holding(aCampaign().withId(1).withQuantity(2).build());
        keepingOne.issue(new IssueCouponCommand(1, "m-1"));
        keepingOne.issue(new IssueCouponCommand(1, "m-2"));
        assertThatThrownBy(() -> keepingOne.issue(new IssueCouponCommand(1, "m-3"))).isInstanceOf(CouponSoldOutException.class);
        var transactionsBefore = transactions.started();

        assertThatThrownBy(() -> keepingOne.issue(new IssueCouponCommand(1, "m-2"))).isInstanceOf(CouponAlreadyIssuedException.class);
        assertThatThrownBy(() -> keepingOne.issue(new IssueCouponCommand(1, "m-4"))).isInstanceOf(CouponSoldOutException.class);

        assertThat(transactions.started()).isEqualTo(transactionsBefore);
        assertThat(store.issuedCount(1)).isEqualTo(2);
    }

    @Test
    void a_claim_outside_the_window_is_not_active_and_changes_nothing() {
        store.holding(aCampaign().withId(1).openingAt(NOW.plusSeconds(60)).closingAt(NOW.plusSeconds(120)).build());

        assertThatThrownBy(() -> service.issue(new IssueCouponCommand(1, "m-1")))
                .isInstanceOf(CouponNotActiveException.class);
        assertThat(store.issuedCount(1)).isZero();

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

        store.holding(aCampaign().withId(9).build());
        assertThat(service.issue(new IssueCouponCommand(9, "m-1")).campaignId()).isEqualTo(9);
    }

    /** The real campaign store, counting how often a campaign is read from it. */
    private static final class CountingCampaignReads implements CampaignRepository {

        private final CampaignRepository campaigns;
        private final AtomicInteger reads = new AtomicInteger();

        CountingCampaignReads(CampaignRepository campaigns) {
            this.campaigns = campaigns;
        }

        int reads() {
            return reads.get();
        }

        @Override
        public CouponCampaign add(CouponCampaign campaign) {
            return campaigns.add(campaign);
        }

        @Override
        public Optional<CouponCampaign> findById(long campaignId) {
            reads.incrementAndGet();
            return campaigns.findById(campaignId);
        }

        @Override
        public boolean takeOneFromStock(long campaignId) {
            return campaigns.takeOneFromStock(campaignId);
        }

        @Override
        public Page<CouponCampaign> findOpenAt(Instant now, PageRequest page) {
            return campaigns.findOpenAt(now, page);
        }
    }

    /** Real transactions of the database, counted: a refusal from memory must not start one. */
    private static final class CountingTransactions implements TransactionOperations {

        private final TransactionOperations transactions;
        private final AtomicInteger started = new AtomicInteger();

        CountingTransactions(TransactionOperations transactions) {
            this.transactions = transactions;
        }

        int started() {
            return started.get();
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            started.incrementAndGet();
            return transactions.execute(action);
        }
    }
}
