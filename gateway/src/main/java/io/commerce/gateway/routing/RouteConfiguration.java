package io.commerce.gateway.routing;

import io.commerce.gateway.ratelimit.SharedRateLimiter;
import io.commerce.gateway.ratelimit.RateLimitFilter;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The public API and the service behind each part of it. A path not listed here (the data platform's
 * {@code /api/v1/rankings}, for one) is a 404 at the gateway.
 */
@Configuration(proxyBeanMethods = false)
public class RouteConfiguration {

    /**
     * The 5xx answers that count against a service's circuit; ProblemJsonErrorHandler says what the client sees. Not
     * 503: the services answer it only to shed load they could not finish in time (a problem with its own code and
     * Retry-After, passed on as it is), and an open circuit would then also refuse the work they can still do.
     */
    private static final Set<String> FAILURE_STATUSES = Set.of("500", "502", "504");

    @Bean
    RouteLocator apiRoutes(RouteLocatorBuilder builder, RouteProperties services, KeyResolver keys,
            SharedRateLimiter memberLimiter, @Qualifier("couponClaim") SharedRateLimiter couponClaimLimiter) {
        var memberLimit = new RateLimitFilter(memberLimiter, keys);
        var couponClaimLimit = new RateLimitFilter(couponClaimLimiter, keys);
        return builder.routes()
                // first, so the claim never falls through to the general coupon route and its looser limit
                .route("coupon-claim", r -> r.order(-1)
                        .method(HttpMethod.POST).and().path("/api/v1/coupons/campaigns/{campaignId}/issue")
                        .filters(f -> guarded(f, couponClaimLimit, RouteProperties.COUPON_CLAIM))
                        .uri(services.coupon().uri()))
                .route("balance", r -> r.path("/api/v1/balance/**", "/api/v1/admin/balance/**")
                        .filters(f -> guarded(f, memberLimit, "balance-service"))
                        .uri(services.balance().uri()))
                .route("product", r -> r.path("/api/v1/products/**", "/api/v1/admin/products/**")
                        .filters(f -> guarded(f, memberLimit, "product-service"))
                        .uri(services.product().uri()))
                .route("coupon", r -> r.path("/api/v1/coupons/**", "/api/v1/admin/coupons/**")
                        .filters(f -> guarded(f, memberLimit, "coupon-service"))
                        .uri(services.coupon().uri()))
                .route("order", r -> r.path("/api/v1/orders/**", "/api/v1/admin/orders/**")
                        .filters(f -> guarded(f, memberLimit, "order-service"))
                        .uri(services.order().uri()))
                // each service's OpenAPI document, for the gateway's Swagger UI
                .route("balance-api-docs", r -> r.path("/api-docs/balance")
                        .filters(f -> f.setPath("/v3/api-docs")).uri(services.balance().uri()))
                .route("product-api-docs", r -> r.path("/api-docs/product")
                        .filters(f -> f.setPath("/v3/api-docs")).uri(services.product().uri()))
                .route("coupon-api-docs", r -> r.path("/api-docs/coupon")
                        .filters(f -> f.setPath("/v3/api-docs")).uri(services.coupon().uri()))
                .route("order-api-docs", r -> r.path("/api-docs/order")
                        .filters(f -> f.setPath("/v3/api-docs")).uri(services.order().uri()))
                .build();
    }

    /**
     * Rate limit first, so a refused request never counts against the service's circuit. No retry filter:
     * repeating a POST the service may already have applied could charge or order twice.
     */
    private static GatewayFilterSpec guarded(GatewayFilterSpec filters, RateLimitFilter limit, String service) {
        return filters.filter(limit)
                .circuitBreaker(breaker -> breaker.setName(service).setStatusCodes(FAILURE_STATUSES));
    }
}
