package io.commerce.coupon.application.port.in;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.coupon.domain.CouponCampaign;

/** Campaigns whose claim window is open now, with how many coupons remain (sold-out ones show 0). */
public interface ListOpenCampaignsQuery {

    Page<CouponCampaign> listOpen(PageRequest page);
}
