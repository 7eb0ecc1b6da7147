package io.commerce.gateway.ratelimit;

import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    /** The script's bean, as Spring Cloud Gateway's Redis configuration names it. */
    private static final String SCRIPT = "redisRequestRateLimiterScript";

    @Bean
    KeyResolver memberKeyResolver() {
        return new MemberKeyResolver();
    }

    @Bean
    @Primary
    SharedRateLimiter memberRateLimiter(RateLimitProperties limits, ReactiveStringRedisTemplate redis,
            @Qualifier(SCRIPT) RedisScript<List<Long>> script, ConfigurationService configuration, Clock clock,
            MeterRegistry meters) {
        return shared("member", limits.member(), redis, script, configuration, clock, meters);
    }

    @Bean
    @Qualifier("couponClaim")
    SharedRateLimiter couponClaimRateLimiter(RateLimitProperties limits, ReactiveStringRedisTemplate redis,
            @Qualifier(SCRIPT) RedisScript<List<Long>> script, ConfigurationService configuration, Clock clock,
            MeterRegistry meters) {
        return shared("coupon-claim", limits.couponClaim(), redis, script, configuration, clock, meters);
    }

    private static SharedRateLimiter shared(String name, RateLimitProperties.Limit limit,
            ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script, ConfigurationService configuration,
            Clock clock, MeterRegistry meters) {
        return new SharedRateLimiter(name, limit, redis, script, configuration, new InMemoryRateLimiter(limit, clock),
                meters);
    }

    /**
     * While Redis is unreachable, Lettuce would queue each command until the connection is back or the command times
     * out, holding every request that long; refused at once, the limiter decides locally without delay.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
