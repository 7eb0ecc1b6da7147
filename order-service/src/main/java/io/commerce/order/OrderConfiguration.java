package io.commerce.order;

import io.commerce.order.domain.OrderPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderProperties.class)
@EnableScheduling // the overdue-order sweeper
class OrderConfiguration {

    @Bean
    OrderPolicy orderPolicy(OrderProperties properties) {
        return new OrderPolicy(properties.limits().maxLines(), properties.limits().maxQuantity(),
                properties.saga().deadline(), properties.cancellation().window());
    }
}
