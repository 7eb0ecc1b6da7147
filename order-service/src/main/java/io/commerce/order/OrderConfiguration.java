package io.commerce.order;

import io.commerce.order.application.OrderAdmission;
import io.commerce.order.application.port.out.OrderMetrics;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.OrderPolicy;
import java.time.Clock;
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

    @Bean
    OrderAdmission orderAdmission(OrderRepository orders, OrderMetrics metrics, Clock clock,
            OrderProperties properties) {
        var admission = properties.admission();
        return new OrderAdmission(orders, metrics, clock, properties.saga().deadline(), admission.maxBacklogAge(),
                admission.sampleEvery(), admission.retryAfter());
    }
}
