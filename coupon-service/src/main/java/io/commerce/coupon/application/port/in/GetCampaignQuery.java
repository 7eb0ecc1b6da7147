package io.commerce.coupon.application.port.in;

import io.commerce.coupon.domain.CouponCampaign;

/** One campaign with how many coupons are issued, for operators. */
public interface GetCampaignQuery {

    CouponCampaign get(long campaignId);
}
