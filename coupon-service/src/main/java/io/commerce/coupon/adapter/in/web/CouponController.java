package io.commerce.coupon.adapter.in.web;

import io.commerce.contracts.core.PageRequest;
import io.commerce.contracts.http.PageResponse;
import io.commerce.contracts.identity.Caller;
import io.commerce.coupon.application.port.in.GetHeldCouponQuery;
import io.commerce.coupon.application.port.in.IssueCouponUseCase;
import io.commerce.coupon.application.port.in.IssueCouponUseCase.IssueCouponCommand;
import io.commerce.coupon.application.port.in.ListHeldCouponsQuery;
import io.commerce.coupon.application.port.in.ListHeldCouponsQuery.ListHeldCoupons;
import io.commerce.coupon.application.port.in.ListOpenCampaignsQuery;
import io.commerce.coupon.domain.CouponStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members' side: claim a coupon, see what they hold, see what is open. The member is always the token's. */
@RestController
@RequestMapping("/api/v1/coupons")
class CouponController {

    private final IssueCouponUseCase issueCoupon;
    private final ListHeldCouponsQuery listHeldCoupons;
    private final GetHeldCouponQuery getHeldCoupon;
    private final ListOpenCampaignsQuery listOpenCampaigns;

    CouponController(IssueCouponUseCase issueCoupon, ListHeldCouponsQuery listHeldCoupons,
            GetHeldCouponQuery getHeldCoupon, ListOpenCampaignsQuery listOpenCampaigns) {
        this.issueCoupon = issueCoupon;
        this.listHeldCoupons = listHeldCoupons;
        this.getHeldCoupon = getHeldCoupon;
        this.listOpenCampaigns = listOpenCampaigns;
    }

    @PostMapping("/campaigns/{campaignId}/issue")
    ResponseEntity<CouponResponse> issue(@PathVariable @Positive long campaignId, Caller caller) {
        var coupon = issueCoupon.issue(new IssueCouponCommand(campaignId, caller.memberId()));
        return ResponseEntity.created(URI.create("/api/v1/coupons/" + coupon.id()))
                .body(CouponResponse.of(coupon, CouponStatus.AVAILABLE));
    }

    @GetMapping
    PageResponse<CouponResponse> held(Caller caller,
            @RequestParam(required = false) CouponStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.of(listHeldCoupons.list(
                new ListHeldCoupons(caller.memberId(), status, PageRequest.of(page, size))), CouponResponse::of);
    }

    @GetMapping("/{couponId}")
    CouponResponse one(@PathVariable @Positive long couponId, Caller caller) {
        return CouponResponse.of(getHeldCoupon.get(caller.memberId(), couponId));
    }

    @GetMapping("/campaigns")
    PageResponse<CampaignResponse> openCampaigns(
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return PageResponse.of(listOpenCampaigns.listOpen(PageRequest.of(page, size)), CampaignResponse::of);
    }
}
