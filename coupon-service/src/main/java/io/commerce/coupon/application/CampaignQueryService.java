package io.commerce.coupon.application;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.coupon.application.port.in.GetCampaignQuery;
import io.commerce.coupon.application.port.in.ListOpenCampaignsQuery;
import io.commerce.coupon.application.port.out.CampaignRepository;
import io.commerce.coupon.domain.CampaignNotFoundException;
import io.commerce.coupon.domain.CouponCampaign;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of campaigns. Counts come from the database, never from the claim path's memory. */
@Service
@Transactional(readOnly = true)
public class CampaignQueryService implements GetCampaignQuery, ListOpenCampaignsQuery {

    private final CampaignRepository campaigns;
    private final Clock clock;

    public CampaignQueryService(CampaignRepository campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public CouponCampaign get(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }

    @Override
    public Page<CouponCampaign> listOpen(PageRequest page) {
        return campaigns.findOpenAt(clock.instant(), page);
    }
}
