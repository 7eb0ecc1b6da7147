package io.commerce.coupon.application.port.in;

import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.domain.ClaimWindow;
import io.commerce.coupon.domain.CouponCampaign;
import java.time.Duration;

/** An operator opens a coupon campaign. */
public interface CreateCampaignUseCase {

    CouponCampaign create(CreateCampaignCommand command);

    /** Terms of a new campaign; the domain checks them all as the command is built. */
    record CreateCampaignCommand(String name, Discount discount, int totalQuantity, ClaimWindow window,
            Duration couponValidity) {

        public CreateCampaignCommand {
            // Building the campaign once is the one place every rule lives; the command fails the same way.
            CouponCampaign.create(name, discount, totalQuantity, window, couponValidity);
        }
    }
}
