package io.commerce.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Request limits per member (per client address for anonymous calls).
 *
 * @param member      every routed API call
 * @param couponClaim {@code POST /api/v1/coupons/campaigns/{id}/issue}, which has its own, tighter bucket
 */
@Validated
@ConfigurationProperties("commerce.gateway.rate-limit")
public record RateLimitProperties(@NotNull @Valid Limit member, @NotNull @Valid Limit couponClaim) {

    /**
     * A token bucket: {@code burst} requests at once, refilled at {@code requestsPerSecond}.
     */
    public record Limit(@Positive double requestsPerSecond, @Min(1) int burst) {
    }
}
