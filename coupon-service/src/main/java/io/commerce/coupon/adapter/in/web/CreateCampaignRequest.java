package io.commerce.coupon.adapter.in.web;

import io.commerce.contracts.pricing.Discount;
import io.commerce.coupon.application.port.in.CreateCampaignUseCase.CreateCampaignCommand;
import io.commerce.coupon.domain.ClaimWindow;
import io.commerce.coupon.domain.CouponCampaign;
import io.commerce.platform.web.Printable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * {@code couponValidFor} is an ISO-8601 duration ("P30D", "PT12H"): how long a claimed coupon stays usable.
 * The same rules are checked again by the domain; here they become field errors a client can show.
 */
record CreateCampaignRequest(
        @NotBlank @Size(max = CouponCampaign.MAX_NAME_LENGTH) @Printable String name,
        @NotNull @Valid DiscountRequest discount,
        @NotNull @Positive @Max(CouponCampaign.MAX_QUANTITY) Integer totalQuantity,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @NotNull @DurationMin(minutes = 1) @DurationMax(days = 366) Duration couponValidFor) {

    @AssertTrue(message = "closesAt must be after opensAt")
    public boolean isClosesAfterOpens() {
        return opensAt == null || closesAt == null || closesAt.isAfter(opensAt);
    }

    CreateCampaignCommand toCommand() {
        return new CreateCampaignCommand(name, discount.toDiscount(), totalQuantity, new ClaimWindow(opensAt, closesAt),
                couponValidFor);
    }

    record DiscountRequest(
            @NotNull DiscountKind kind,
            @NotNull @Positive @Max(CouponCampaign.MAX_DISCOUNT) Long value,
            @Positive @Max(CouponCampaign.MAX_DISCOUNT) Long cap) {

        @AssertTrue(message = "a percentage is at most 100")
        public boolean isPercentageAtMostHundred() {
            return kind != DiscountKind.PERCENTAGE || value == null || value <= 100;
        }

        @AssertTrue(message = "only a percentage discount has a cap")
        public boolean isCapOnlyOnPercentage() {
            return kind != DiscountKind.FIXED || cap == null;
        }

        Discount toDiscount() {
            return kind == DiscountKind.FIXED ? Discount.fixed(value) : Discount.percentage(Math.toIntExact(value), cap);
        }
    }
}
