package io.commerce.coupon.adapter.in.web;

import io.commerce.coupon.domain.CouponCampaign;
import java.time.Duration;
import java.time.Instant;

record CampaignResponse(long id, String name, DiscountView discount, int totalQuantity, int issuedQuantity,
        int remaining, Instant opensAt, Instant closesAt, Duration couponValidFor) {

    static CampaignResponse of(CouponCampaign campaign) {
        return new CampaignResponse(campaign.id(), campaign.name(), DiscountView.of(campaign.discount()),
                campaign.totalQuantity(), campaign.issuedCount(), campaign.remaining(), campaign.window().opensAt(),
                campaign.window().closesAt(), campaign.couponValidity());
    }
}
