package io.commerce.coupon.application.port.in;

import io.commerce.coupon.domain.IssuedCoupon;

/** The first-come-first-served claim: one coupon per member per campaign, never more than the quantity. */
public interface IssueCouponUseCase {

    /**
     * @throws io.commerce.coupon.domain.CampaignNotFoundException    no such campaign
     * @throws io.commerce.coupon.domain.CouponNotActiveException     outside the claim window
     * @throws io.commerce.coupon.domain.CouponSoldOutException       nothing left
     * @throws io.commerce.coupon.domain.CouponAlreadyIssuedException the member already holds one
     */
    IssuedCoupon issue(IssueCouponCommand command);

    record IssueCouponCommand(long campaignId, String memberId) {

        public IssueCouponCommand {
            if (memberId == null || memberId.isBlank()) {
                throw new IllegalArgumentException("memberId is required");
            }
        }
    }
}
