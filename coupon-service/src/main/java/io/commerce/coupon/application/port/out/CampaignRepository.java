package io.commerce.coupon.application.port.out;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.coupon.domain.CouponCampaign;
import java.time.Instant;
import java.util.Optional;

public interface CampaignRepository {

    CouponCampaign add(CouponCampaign campaign);

    Optional<CouponCampaign> findById(long campaignId);

    /**
     * Takes one coupon from the campaign's stock if any is left, atomically: checking "issued &lt; total" and
     * counting one more is a single step no concurrent claim can interleave with. Joins the caller's transaction,
     * so a rollback gives the coupon back.
     *
     * @return false when the campaign is sold out (or does not exist)
     */
    boolean takeOneFromStock(long campaignId);

    Page<CouponCampaign> findOpenAt(Instant now, PageRequest page);
}
