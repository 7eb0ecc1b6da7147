package io.commerce.gateway.routing;

import io.commerce.gateway.web.ConnectionQueue;
import io.commerce.gateway.web.PayloadTooLargeException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per service, so one failing service cannot close the others off, each with the
 * service's own timeout.
 */
@Configuration(proxyBeanMethods = false)
public class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(RouteProperties services,
            CircuitBreakerProperties breaker) {
        var circuit = CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                .slidingWindowSize((int) Math.max(1, breaker.slidingWindow().toSeconds()))
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .waitDurationInOpenState(breaker.waitInOpenState())
                // the client's fault, or load the gateway shed before sending: neither is the service failing (a rush
                // whose claims the queue refused opened the circuit, and then every claim was refused)
                .ignoreException(e -> e instanceof PayloadTooLargeException || ConnectionQueue.refused(e))
                .build();
        return factory -> services.byName().forEach((name, service) -> factory.configure(config -> config
                .circuitBreakerConfig(circuit)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(service.timeout()).build()), name));
    }
}
