package io.commerce.gateway.web;

import io.commerce.gateway.ratelimit.RateLimitedException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns every failure inside the gateway into a problem with a stable code. Ordered before Spring Boot's
 * default handler, whose JSON has a different shape.
 *
 * <p>A service that cannot be reached, answers 502, or whose circuit is open, is a 503 {@code SERVICE_UNAVAILABLE}:
 * the call did not happen (or failed) and may be retried later. A request that found no free connection to its
 * service within the pool's acquire timeout, the gateway's queue bound, is a 503 {@code SERVICE_BUSY} with
 * {@code Retry-After}, as a service's own wait for a database connection is. A service's own 503 (it sheds load: {@code ORDERS_BACKLOGGED}, {@code SERVICE_BUSY}) is not a
 * failure and reaches the client as the service wrote it. A service that
 * answers 500 is a 500 {@code INTERNAL_ERROR}, its body withheld: a bug stays a bug in the client's eyes and in
 * the metrics, not an outage (it still counts against the service's circuit). A service that does not answer in
 * time is a 504 {@code GATEWAY_TIMEOUT}, because then the outcome is unknown: the service may still complete
 * the command, so a client should look before it repeats a non-idempotent request.
 */
@Component
@Order(-2)
public class ProblemJsonErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonErrorHandler.class);

    private final ProblemResponseWriter problems;

    public ProblemJsonErrorHandler(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        var failure = classify(error);
        if (failure.status().is5xxServerError()) {
            log.warn("{} {} -> {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    failure.status().value(), failure.code(), error.toString());
        }
        if (error instanceof ErrorResponse response) {
            exchange.getResponse().getHeaders().putAll(response.getHeaders());
        }
        if (failure.status().value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            // every refusal says when to come back: a full queue drains in about a second; a service that cannot
            // be reached, or whose circuit is open, needs longer
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                    failure.code().equals("SERVICE_BUSY") ? "1" : "5");
        }
        return problems.write(exchange, failure.status(), failure.code(), failure.detail());
    }

    private static Failure classify(Throwable error) {
        return switch (error) {
            case PayloadTooLargeException e -> new Failure(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.getMessage());
            case RateLimitedException e -> new Failure(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
                    "Too many requests; try again after the time in Retry-After.");
            case CircuitBreakerStatusCodeException e -> byUpstreamStatus(e.getStatusCode());
            case ServiceUnavailableException e -> unavailable();
            case CallNotPermittedException e -> unavailable();
            case ConnectException e -> unavailable();
            case PrematureCloseException e -> unavailable();
            // the service died with the request on its connection (a reset): as a premature close, retry it
            case IOException e -> unavailable();
            // the routing filter reports it as a 504, but the request was never sent: the queue's bound, not a fault
            case ResponseStatusException e when ConnectionQueue.refused(e) ->
                    new Failure(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_BUSY",
                            "Too many requests are waiting for this service; try again after the time in Retry-After.");
            case TimeoutException e -> timedOut();
            case ErrorResponse e -> byStatus(e.getStatusCode());
            default -> {
                log.error("Unexpected gateway failure", error);
                yield new Failure(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Something went wrong.");
            }
        };
    }

    private static Failure byStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> new Failure(status, "BAD_REQUEST", "The request is malformed.");
            case 404 -> new Failure(status, "NOT_FOUND", "No API resource at this path.");
            case 405 -> new Failure(status, "METHOD_NOT_ALLOWED", "This method is not allowed here.");
            case 413 -> new Failure(status, "PAYLOAD_TOO_LARGE", "The request body is too large.");
            case 415 -> new Failure(status, "UNSUPPORTED_MEDIA_TYPE", "This content type is not supported.");
            case 503 -> unavailable();
            case 504 -> timedOut();
            default -> status.is5xxServerError()
                    ? new Failure(status, "INTERNAL_ERROR", "Something went wrong.")
                    : new Failure(status, "REQUEST_REFUSED", "The request was refused.");
        };
    }

    /** What a service's own 5xx answer becomes: its status class kept, its body not passed on. */
    private static Failure byUpstreamStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 500 -> new Failure(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Something went wrong.");
            case 504 -> timedOut();
            default -> unavailable();
        };
    }

    private static Failure unavailable() {
        return new Failure(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                "The service is unavailable; try again later.");
    }

    private static Failure timedOut() {
        return new Failure(HttpStatus.GATEWAY_TIMEOUT, "GATEWAY_TIMEOUT",
                "The service did not answer in time; the request may or may not have taken effect.");
    }

    private record Failure(HttpStatusCode status, String code, String detail) {
    }
}
