package io.commerce.gateway.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where each routed service lives and how long the gateway waits for it. The data platform is deliberately
 * absent: it is internal and reached only by product-service.
 *
 * @param couponClaimTimeout how long a coupon claim may wait for its answer, in the gateway's queue for a
 *                           connection to coupon-service included. A rush puts thousands of claims in that queue
 *                           within a second, and a member would rather hear "yours" or "sold out" late than a
 *                           504 that leaves them not knowing; the claim has a circuit of its own, so its long
 *                           wait neither trips nor is tripped by the other coupon calls.
 */
@Validated
@ConfigurationProperties("commerce.gateway.services")
public record RouteProperties(
        @NotNull @Valid Service balance,
        @NotNull @Valid Service product,
        @NotNull @Valid Service coupon,
        @NotNull @Valid Service order,
        @DefaultValue("20s") @NotNull Duration couponClaimTimeout) {

    /** The circuit breaker of the coupon claim route. */
    public static final String COUPON_CLAIM = "coupon-claim";

    /**
     * @param uri     the service's base address
     * @param timeout how long one call may take before the gateway answers 504 and counts a failure
     */
    public record Service(@NotNull URI uri, @DefaultValue("5s") @NotNull Duration timeout) {
    }

    /** The services by circuit-breaker name ({@code balance-service} ..., and the coupon claim's own). */
    public Map<String, Service> byName() {
        var services = new LinkedHashMap<String, Service>();
        services.put("balance-service", balance);
        services.put("product-service", product);
        services.put("coupon-service", coupon);
        services.put("order-service", order);
        services.put(COUPON_CLAIM, new Service(coupon.uri(), couponClaimTimeout));
        return services;
    }
}
