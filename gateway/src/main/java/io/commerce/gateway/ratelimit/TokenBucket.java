package io.commerce.gateway.ratelimit;

/**
 * One key's bucket: holds up to {@code burst} tokens, refilled continuously at {@code requestsPerSecond};
 * a request takes one. Refilling lazily on each call needs no timer per key.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerMilli;
    private double tokens;
    private long refilledAt;

    TokenBucket(RateLimitProperties.Limit limit, long nowMillis) {
        this.capacity = limit.burst();
        this.tokensPerMilli = limit.requestsPerSecond() / 1000.0;
        this.tokens = capacity;
        this.refilledAt = nowMillis;
    }

    /** Takes a token; returns 0 when taken, otherwise how many milliseconds until one will be there. */
    synchronized long tryTake(long nowMillis) {
        refill(nowMillis);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerMilli));
    }

    synchronized long remaining(long nowMillis) {
        refill(nowMillis);
        return (long) tokens;
    }

    /** A full bucket is indistinguishable from a new one, so it can be forgotten. */
    synchronized boolean isFull(long nowMillis) {
        refill(nowMillis);
        return tokens >= capacity;
    }

    private void refill(long nowMillis) {
        if (nowMillis > refilledAt) {
            tokens = Math.min(capacity, tokens + (nowMillis - refilledAt) * tokensPerMilli);
            refilledAt = nowMillis;
        }
    }
}
