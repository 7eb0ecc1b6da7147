package io.commerce.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * One token bucket per key for every gateway replica: Spring Cloud Gateway's {@link RedisRateLimiter}, whose script
 * refills and takes tokens atomically in Redis, on Redis's own clock.
 *
 * <p>While Redis cannot be reached, {@code RedisRateLimiter} lets every request through. This limiter then decides
 * with the replica's own {@link InMemoryRateLimiter} instead, and counts each such decision
 * ({@value #FALLBACK_METER}). Neither of the simpler choices fits: failing closed would turn an outage of a store
 * that holds nothing but counters into an outage of the whole API, and failing open would take the brake off a
 * coupon rush exactly when something is already wrong. Locally, a member gets at most N times the limit across N
 * replicas, and the services' own admission control (order backlog, bounded pools) still protects them.
 *
 * <p>All routes that use one instance draw from the same bucket: the limiter's name, not the route id, keys it.
 */
public class SharedRateLimiter implements RateLimiter<RateLimitProperties.Limit> {

    static final String FALLBACK_METER = "commerce.gateway.rate_limit.fallback";

    private static final Log log = LogFactory.getLog(SharedRateLimiter.class);
    /** What {@code RedisRateLimiter} reports as remaining when it could not ask Redis. */
    private static final String UNKNOWN_REMAINING = "-1";

    private final String name;
    private final RedisBucket bucket;
    private final RedisRateLimiter redis;
    private final InMemoryRateLimiter fallback;
    private final Counter fallbackDecisions;
    private final AtomicBoolean degraded = new AtomicBoolean();

    public SharedRateLimiter(String name, RateLimitProperties.Limit limit, ReactiveStringRedisTemplate template,
            RedisScript<List<Long>> script, ConfigurationService configuration, InMemoryRateLimiter fallback,
            MeterRegistry meters) {
        this.name = name;
        this.bucket = RedisBucket.of(limit);
        this.redis = new RedisRateLimiter(template, script, configuration);
        redis.getConfig().put(name, new RedisRateLimiter.Config()
                .setReplenishRate(bucket.replenishRate())
                .setBurstCapacity(bucket.capacity())
                .setRequestedTokens(bucket.tokensPerRequest()));
        this.fallback = fallback;
        this.fallbackDecisions = Counter.builder(FALLBACK_METER)
                .description("Rate-limit decisions taken by this replica alone, because Redis could not be reached")
                .tag("limiter", name)
                .register(meters);
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String key) {
        return redis.isAllowed(name, key).flatMap(answer -> {
            var remaining = answer.getHeaders().get(RedisRateLimiter.REMAINING_HEADER);
            if (remaining == null || remaining.equals(UNKNOWN_REMAINING)) {
                onRedisUnreachable();
                fallbackDecisions.increment();
                return fallback.isAllowed(routeId, key);
            }
            onRedisAnswered();
            long tokens = Long.parseLong(remaining);
            if (answer.isAllowed()) {
                return Mono.just(new Response(true, Map.of(InMemoryRateLimiter.REMAINING_HEADER,
                        Long.toString(bucket.requestsIn(tokens)))));
            }
            return Mono.just(new Response(false, Map.of(InMemoryRateLimiter.REMAINING_HEADER, "0",
                    InMemoryRateLimiter.RETRY_AFTER_MILLIS, Long.toString(bucket.millisUntilNextRequest(tokens)))));
        });
    }

    private void onRedisUnreachable() {
        if (degraded.compareAndSet(false, true)) {
            log.warn("Redis cannot be reached: the " + name + " limit is enforced by this replica alone until it can");
        }
    }

    private void onRedisAnswered() {
        if (degraded.compareAndSet(true, false)) {
            log.info("Redis answers again: the " + name + " limit is shared by every replica again");
        }
    }

    /** The configuration is the fallback's: both enforce the same limit. */
    @Override
    public Map<String, RateLimitProperties.Limit> getConfig() {
        return fallback.getConfig();
    }

    @Override
    public Class<RateLimitProperties.Limit> getConfigClass() {
        return fallback.getConfigClass();
    }

    @Override
    public RateLimitProperties.Limit newConfig() {
        return fallback.newConfig();
    }
}
