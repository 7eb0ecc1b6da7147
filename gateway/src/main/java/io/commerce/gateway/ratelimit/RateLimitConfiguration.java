package io.commerce.gateway.ratelimit;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    KeyResolver memberKeyResolver() {
        return new MemberKeyResolver();
    }

    @Bean
    @Primary
    InMemoryRateLimiter memberRateLimiter(RateLimitProperties limits, Clock clock) {
        return new InMemoryRateLimiter(limits.member(), clock);
    }

    @Bean
    @Qualifier("couponClaim")
    InMemoryRateLimiter couponClaimRateLimiter(RateLimitProperties limits, Clock clock) {
        return new InMemoryRateLimiter(limits.couponClaim(), clock);
    }
}
