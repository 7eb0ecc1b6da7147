package io.commerce.coupon.it;

import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.in.CreateCampaignUseCase;
import io.commerce.coupon.application.port.in.CreateCampaignUseCase.CreateCampaignCommand;
import io.commerce.coupon.domain.ClaimWindow;
import io.commerce.coupon.domain.CouponCampaign;
import java.time.Duration;
import java.time.Instant;

/** Campaigns for integration tests, open now on the real clock. */
final class Campaigns {

    private Campaigns() {
    }

    static CouponCampaign openCampaign(CreateCampaignUseCase create, int quantity, Discount discount) {
        var now = Instant.now();
        return create.create(new CreateCampaignCommand("it-" + quantity + "-" + now.toEpochMilli(), discount, quantity,
                new ClaimWindow(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1))), Duration.ofDays(7)));
    }
}
