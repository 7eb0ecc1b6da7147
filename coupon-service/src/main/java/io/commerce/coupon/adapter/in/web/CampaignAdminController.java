package io.commerce.coupon.adapter.in.web;

import io.commerce.coupon.application.port.in.CreateCampaignUseCase;
import io.commerce.coupon.application.port.in.GetCampaignQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators' side of campaigns; the shared security chain admits only the ADMIN role under /api/v1/admin. */
@RestController
@RequestMapping("/api/v1/admin/coupons/campaigns")
class CampaignAdminController {

    private final CreateCampaignUseCase createCampaign;
    private final GetCampaignQuery getCampaign;

    CampaignAdminController(CreateCampaignUseCase createCampaign, GetCampaignQuery getCampaign) {
        this.createCampaign = createCampaign;
        this.getCampaign = getCampaign;
    }

    @PostMapping
    ResponseEntity<CampaignResponse> create(@Valid @RequestBody CreateCampaignRequest request) {
        var campaign = createCampaign.create(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/admin/coupons/campaigns/" + campaign.id()))
                .body(CampaignResponse.of(campaign));
    }

    @GetMapping("/{campaignId}")
    CampaignResponse get(@PathVariable @Positive long campaignId) {
        return CampaignResponse.of(getCampaign.get(campaignId));
    }
}
