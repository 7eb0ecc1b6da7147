package io.commerce.order.application;

import io.commerce.localstack.LocalStackTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The application tests' context: the real PostgreSQL, in a database of its own, with the Kafka listeners and
 * the deadline sweeper idle. Their orders carry fixed clocks whose deadlines have long passed; in the shared
 * {@code orders} database another context's sweeper would expire them mid-test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@LocalStackTest
@TestPropertySource(properties = {"local-stack.database=orders_application", "order.saga.sweep-every=1h",
        "spring.kafka.listener.auto-startup=false"})
@interface OrderApplicationTest {
}
