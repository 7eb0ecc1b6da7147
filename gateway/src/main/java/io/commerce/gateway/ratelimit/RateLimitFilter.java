package io.commerce.gateway.ratelimit;

import java.time.Duration;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Applies a {@link RateLimiter} to a route. Spring Cloud Gateway's {@code RequestRateLimiter} filter answers
 * a bare 429 without a body or {@code Retry-After}; this one raises {@link RateLimitedException}, which
 * becomes the suite's problem response.
 */
public class RateLimitFilter implements GatewayFilter {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final RateLimiter<?> limiter;
    private final KeyResolver keys;

    public RateLimitFilter(RateLimiter<?> limiter, KeyResolver keys) {
        this.limiter = limiter;
        this.keys = keys;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        var routeId = route != null ? route.getId() : "unknown";
        return keys.resolve(exchange)
                .defaultIfEmpty("unknown")
                .flatMap(key -> limiter.isAllowed(routeId, key))
                .flatMap(decision -> {
                    var headers = exchange.getResponse().getHeaders();
                    var remaining = decision.getHeaders().get(InMemoryRateLimiter.REMAINING_HEADER);
                    if (remaining != null) {
                        headers.set(InMemoryRateLimiter.REMAINING_HEADER, remaining);
                    }
                    if (decision.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    return Mono.error(new RateLimitedException(retryAfter(decision)));
                });
    }

    private static Duration retryAfter(RateLimiter.Response decision) {
        var millis = decision.getHeaders().get(InMemoryRateLimiter.RETRY_AFTER_MILLIS);
        return millis != null ? Duration.ofMillis(Long.parseLong(millis)) : DEFAULT_RETRY_AFTER;
    }
}
