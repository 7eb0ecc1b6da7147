package io.commerce.product.adapter.out.client;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = DataPlatformClient.class)
@EnableConfigurationProperties(RankingClientProperties.class)
class RankingClientConfiguration {

    @Bean
    CircuitBreakerRegistry rankingCircuitBreakers() {
        return CircuitBreakerRegistry.ofDefaults();
    }

    /** resilience4j_circuitbreaker_state and its calls, as the gateway's breakers report theirs. */
    @Bean
    MeterBinder rankingCircuitBreakerMetrics(CircuitBreakerRegistry rankingCircuitBreakers) {
        return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(rankingCircuitBreakers);
    }

    @Bean
    CircuitBreaker dataPlatformCircuitBreaker(RankingClientProperties properties,
            CircuitBreakerRegistry rankingCircuitBreakers) {
        var settings = properties.circuitBreaker();
        return rankingCircuitBreakers.circuitBreaker("dataplatform-ranking", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                .build());
    }
}
