package io.commerce.product.adapter.out.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How product-service asks the data platform for the ranking.
 *
 * @param baseUrl        dataplatform-service's base URL
 * @param cacheTtl       a ranking younger than this is served without asking again
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer; a slower one counts as a failure
 * @param circuitBreaker when to stop asking for a while
 */
@Validated
@ConfigurationProperties("commerce.ranking")
public record RankingClientProperties(
        @NotBlank String baseUrl,
        @NotNull Duration cacheTtl,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @Valid @NotNull CircuitBreakerSettings circuitBreaker) {

    /**
     * @param slidingWindowSize             calls the failure rate is computed over
     * @param minimumNumberOfCalls          calls needed before the rate counts
     * @param failureRateThreshold          percentage of failed calls that opens the circuit
     * @param waitInOpenState               how long the circuit stays open before trying again
     * @param permittedCallsInHalfOpenState trial calls that decide whether it closes again
     */
    public record CircuitBreakerSettings(
            @Min(1) int slidingWindowSize,
            @Min(1) int minimumNumberOfCalls,
            @Min(1) @Max(100) float failureRateThreshold,
            @NotNull Duration waitInOpenState,
            @Min(1) int permittedCallsInHalfOpenState) {
    }
}
