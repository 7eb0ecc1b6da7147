package io.commerce.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * A token bucket per key, held in this gateway's memory: what {@link SharedRateLimiter} decides with while Redis
 * cannot be reached. It implements the same {@link RateLimiter} contract as Spring Cloud Gateway's limiters.
 *
 * <p>The route id is ignored on purpose: one instance is one limit, shared by every route that uses it.
 */
public class InMemoryRateLimiter implements RateLimiter<RateLimitProperties.Limit> {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    static final String RETRY_AFTER_MILLIS = "retry-after-millis";

    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final RateLimitProperties.Limit limit;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    public InMemoryRateLimiter(RateLimitProperties.Limit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
        this.nextSweep = new AtomicLong(clock.millis() + SWEEP_INTERVAL.toMillis());
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String key) {
        long now = clock.millis();
        sweepIfDue(now);
        var bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(limit, now));
        long waitMillis = bucket.tryTake(now);
        if (waitMillis == 0) {
            return Mono.just(new Response(true, Map.of(REMAINING_HEADER, Long.toString(bucket.remaining(now)))));
        }
        return Mono.just(new Response(false, Map.of(REMAINING_HEADER, "0",
                RETRY_AFTER_MILLIS, Long.toString(waitMillis))));
    }

    /**
     * Forgets full buckets now and then, so memory follows the number of recently active keys rather than
     * every address that ever called. A bucket removed while another request holds it can at worst grant
     * that key one extra request.
     */
    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_INTERVAL.toMillis())) {
            buckets.entrySet().removeIf(entry -> entry.getValue().isFull(now));
        }
    }

    int trackedKeys() {
        return buckets.size();
    }

    @Override
    public Map<String, RateLimitProperties.Limit> getConfig() {
        return Map.of();
    }

    @Override
    public Class<RateLimitProperties.Limit> getConfigClass() {
        return RateLimitProperties.Limit.class;
    }

    @Override
    public RateLimitProperties.Limit newConfig() {
        return limit;
    }
}
