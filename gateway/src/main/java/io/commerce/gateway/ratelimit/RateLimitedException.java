package io.commerce.gateway.ratelimit;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The caller's bucket is empty; carries the {@code Retry-After} the client should honour. */
public class RateLimitedException extends ResponseStatusException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS);
        this.retryAfter = retryAfter;
    }

    @Override
    public HttpHeaders getHeaders() {
        var headers = new HttpHeaders();
        // Retry-After is whole seconds; rounding down would invite a request that is refused again
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return headers;
    }
}
