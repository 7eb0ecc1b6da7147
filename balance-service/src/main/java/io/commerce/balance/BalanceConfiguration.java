package io.commerce.balance;

import io.commerce.balance.domain.BalanceLimits;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BalanceConfiguration.LimitsProperties.class)
class BalanceConfiguration {

    /**
     * @param minimumCharge smallest charge, KRW
     * @param maximumCharge largest single charge, KRW
     * @param ceiling       largest balance a member may hold, KRW
     */
    @Validated
    @ConfigurationProperties("balance.limits")
    record LimitsProperties(@Positive long minimumCharge, @Positive long maximumCharge, @Positive long ceiling) {
    }

    @Bean
    BalanceLimits balanceLimits(LimitsProperties properties) {
        return new BalanceLimits(properties.minimumCharge(), properties.maximumCharge(), properties.ceiling());
    }
}
