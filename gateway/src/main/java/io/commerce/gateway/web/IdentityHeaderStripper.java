package io.commerce.gateway.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes identity headers a client may have sent. The services trust only the validated token, but a
 * forged {@code X-User-Id} must not reach them anyway: one careless reader of such a header would let any
 * member act as another.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class IdentityHeaderStripper implements WebFilter {

    private static final Set<String> IDENTITY_HEADERS = Set.of("x-user-id", "x-member-id", "x-user-roles",
            "x-forwarded-user");
    private static final String AUTH_PREFIX = "x-auth-";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var forged = identityHeaders(exchange.getRequest().getHeaders());
        if (forged.isEmpty()) {
            return chain.filter(exchange);
        }
        var request = exchange.getRequest().mutate().headers(headers -> forged.forEach(headers::remove)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    private static List<String> identityHeaders(HttpHeaders headers) {
        return headers.headerNames().stream()
                .filter(name -> {
                    var lower = name.toLowerCase(Locale.ROOT);
                    return IDENTITY_HEADERS.contains(lower) || lower.startsWith(AUTH_PREFIX);
                })
                .toList();
    }
}
