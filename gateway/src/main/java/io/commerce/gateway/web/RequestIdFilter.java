package io.commerce.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the client's own if it looks like an id, a new UUID otherwise.
 * It goes on to the service and back to the client, refusals included, so one id ties a complaint to the logs
 * of every hop. Runs first, before anything can refuse the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

    // anything else could smuggle log lines or unbounded text into every service's logs
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var sent = exchange.getRequest().getHeaders().getFirst(HEADER);
        var requestId = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        var response = exchange.getResponse();
        // set at commit, so a service echoing the header cannot make the client see two values
        response.beforeCommit(() -> {
            response.getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        var request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, requestId)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }
}
