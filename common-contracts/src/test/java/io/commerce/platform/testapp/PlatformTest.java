package io.commerce.platform.testapp;

import io.commerce.localstack.LocalStackInitializer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The test application on a random port, against the JVM's shared PostgreSQL and broker: what
 * {@code @LocalStackTest} is for a service. Every test class that uses it shares one context, so one listener
 * consumes the test topics and a test's {@link PaymentFaults} are the ones that listener sees.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
public @interface PlatformTest {
}
