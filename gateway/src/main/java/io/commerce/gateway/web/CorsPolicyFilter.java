package io.commerce.gateway.web;

import java.time.Duration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the configured browser origins, answered at the edge: preflights end here, before authentication
 * (a browser sends no token with them), and a refused origin gets a problem like every other refusal, where
 * Spring's own CORS filter would send an empty 403.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class CorsPolicyFilter implements WebFilter {

    private final CorsConfiguration policy;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemResponseWriter problems;

    public CorsPolicyFilter(EdgeProperties properties, ProblemResponseWriter problems) {
        this.problems = problems;
        this.policy = new CorsConfiguration();
        policy.setAllowedOrigins(properties.cors().allowedOrigins());
        policy.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(), HttpMethod.PUT.name(),
                HttpMethod.PATCH.name(), HttpMethod.DELETE.name()));
        policy.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Idempotency-Key",
                RequestIdFilter.HEADER));
        policy.setExposedHeaders(List.of(RequestIdFilter.HEADER, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
        // bearer tokens, no cookies: nothing for credentialed CORS to carry
        policy.setAllowCredentials(false);
        policy.setMaxAge(Duration.ofHours(1));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (!CorsUtils.isCorsRequest(request)) {
            return chain.filter(exchange);
        }
        if (!processor.process(policy, exchange)) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "CORS_REJECTED",
                    "This origin, method or header is not allowed to call the API.");
        }
        return CorsUtils.isPreFlightRequest(request) ? Mono.empty() : chain.filter(exchange);
    }
}
