package io.commerce.gateway.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} as the response. Filters, security handlers and the error handler all answer
 * through here, so every refusal the gateway makes has the same shape.
 */
@Component
public class ProblemResponseWriter {

    private final JsonMapper json;

    public ProblemResponseWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail) {
        var problem = Problem.of(status, code, detail, exchange.getRequest().getPath().value(),
                exchange.getAttribute(RequestIdFilter.ATTRIBUTE));
        byte[] body = json.writeValueAsBytes(problem);
        var response = exchange.getResponse();
        response.setStatusCode(status);
        // a failed upstream call may already have copied the service's content headers onto the response
        response.getHeaders().clearContentHeaders();
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
