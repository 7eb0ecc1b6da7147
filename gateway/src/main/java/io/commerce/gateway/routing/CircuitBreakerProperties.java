package io.commerce.gateway.routing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a service's circuit opens; the same rules apply to each service's own breaker.
 *
 * @param failureRateThreshold percentage of failed calls (5xx, timeouts, refused connections) that opens it
 * @param slidingWindow        how far back the rate is computed: a time, not a number of calls, so a blip in a
 *                             busy route (a few timeouts among hundreds of calls a second) is the small fraction
 *                             it is, while a service failing most calls opens its circuit within the window
 * @param minimumNumberOfCalls calls within the window needed before the rate counts at all
 * @param waitInOpenState      how long the gateway answers 503 without trying the service
 */
@Validated
@ConfigurationProperties("commerce.gateway.circuit-breaker")
public record CircuitBreakerProperties(
        @DefaultValue("50") @Min(1) @Max(100) float failureRateThreshold,
        @DefaultValue("10s") @NotNull Duration slidingWindow,
        @DefaultValue("20") @Min(1) int minimumNumberOfCalls,
        @DefaultValue("10s") @NotNull Duration waitInOpenState) {
}
