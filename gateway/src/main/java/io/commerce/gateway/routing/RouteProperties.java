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
 */
@Validated
@ConfigurationProperties("commerce.gateway.services")
public record RouteProperties(
        @NotNull @Valid Service balance,
        @NotNull @Valid Service product,
        @NotNull @Valid Service coupon,
        @NotNull @Valid Service order) {

    /**
     * @param uri     the service's base address
     * @param timeout how long one call may take before the gateway answers 504 and counts a failure
     */
    public record Service(@NotNull URI uri, @DefaultValue("5s") @NotNull Duration timeout) {
    }

    /** The services by circuit-breaker name ({@code balance-service} ...). */
    public Map<String, Service> byName() {
        var services = new LinkedHashMap<String, Service>();
        services.put("balance-service", balance);
        services.put("product-service", product);
        services.put("coupon-service", coupon);
        services.put("order-service", order);
        return services;
    }
}
