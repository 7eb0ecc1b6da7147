package io.commerce.coupon.it;

import static io.commerce.coupon.it.Campaigns.openCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.in.CreateCampaignUseCase;
import io.commerce.coupon.application.port.in.IssueCouponUseCase;
import io.commerce.coupon.application.port.in.IssueCouponUseCase.IssueCouponCommand;
import io.commerce.localstack.LocalStackTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** First-come-first-served on the real PostgreSQL: exact totals under a burst of concurrent claims. */
@LocalStackTest
class IssueCouponConcurrencyTest {

    @Autowired
    CreateCampaignUseCase createCampaign;

    @Autowired
    IssueCouponUseCase issueCoupon;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_thousand_members_racing_for_one_hundred_coupons_get_exactly_one_hundred() throws Exception {
        long campaignId = openCampaign(createCampaign, 100, Discount.fixed(1_000)).id();
        var run = UUID.randomUUID();

        var outcomes = claimAllAtOnce(2_000, i -> new IssueCouponCommand(campaignId, "member-" + run + "-" + i));

        assertThat(outcomes).containsOnlyKeys("ISSUED", "COUPON_SOLD_OUT");
        assertThat(outcomes.get("ISSUED")).isEqualTo(100);
        assertThat(outcomes.get("COUPON_SOLD_OUT")).isEqualTo(1_900);
        assertThat(issuedCount(campaignId)).isEqualTo(100);
        assertThat(couponRows(campaignId)).isEqualTo(100);
        assertThat(jdbc.queryForObject(
                "select count(distinct member_id) from issued_coupon where campaign_id = ?", Long.class, campaignId))
                .isEqualTo(100);
    }

    @Test
    void fifty_claims_by_one_member_give_exactly_one_coupon() throws Exception {
        long campaignId = openCampaign(createCampaign, 10, Discount.percentage(10)).id();
        var member = "member-" + UUID.randomUUID();

        var outcomes = claimAllAtOnce(50, i -> new IssueCouponCommand(campaignId, member));

        assertThat(outcomes).containsOnlyKeys("ISSUED", "COUPON_ALREADY_ISSUED");
        assertThat(outcomes.get("ISSUED")).isEqualTo(1);
        assertThat(outcomes.get("COUPON_ALREADY_ISSUED")).isEqualTo(49);
        assertThat(issuedCount(campaignId)).isEqualTo(1);
        assertThat(couponRows(campaignId)).isEqualTo(1);
    }

    @Test
    void members_claiming_several_times_each_never_push_the_count_past_the_coupon_rows() throws Exception {
        long campaignId = openCampaign(createCampaign, 30, Discount.fixed(500)).id();
        var run = UUID.randomUUID();

        // 60 members, each pressing three times: duplicates and the sell-out race each other
        var outcomes = claimAllAtOnce(180, i -> new IssueCouponCommand(campaignId, "member-" + run + "-" + (i % 60)));

        assertThat(outcomes.get("ISSUED")).isEqualTo(30);
        assertThat(outcomes.get("ISSUED") + outcomes.getOrDefault("COUPON_SOLD_OUT", 0)
                + outcomes.getOrDefault("COUPON_ALREADY_ISSUED", 0)).isEqualTo(180);
        assertThat(issuedCount(campaignId)).isEqualTo(couponRows(campaignId)).isEqualTo(30);
    }

    private Map<String, Integer> claimAllAtOnce(int claims, IntFunction<IssueCouponCommand> command) throws Exception {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(128)) {
            for (int i = 0; i < claims; i++) {
                var claim = command.apply(i);
                futures.add(pool.submit((Callable<String>) () -> {
                    start.await();
                    try {
                        issueCoupon.issue(claim);
                        return "ISSUED";
                    } catch (DomainException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results.stream().collect(Collectors.toMap(r -> r, r -> 1, Integer::sum));
        }
    }

    private int issuedCount(long campaignId) {
        return jdbc.queryForObject("select issued_count from coupon_campaign where id = ?", Integer.class, campaignId);
    }

    private int couponRows(long campaignId) {
        return jdbc.queryForObject("select count(*) from issued_coupon where campaign_id = ?", Integer.class, campaignId);
    }
}
