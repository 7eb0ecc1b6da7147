package io.commerce.coupon.application;

import io.commerce.coupon.application.port.in.CreateCampaignUseCase;
import io.commerce.coupon.application.port.out.CampaignRepository;
import io.commerce.coupon.domain.CouponCampaign;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CreateCampaignService implements CreateCampaignUseCase {

    private final CampaignRepository campaigns;

    public CreateCampaignService(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    @Transactional
    public CouponCampaign create(CreateCampaignCommand command) {
        return campaigns.add(CouponCampaign.create(command.name(), command.discount(), command.totalQuantity(),
                command.window(), command.couponValidity()));
    }
}
