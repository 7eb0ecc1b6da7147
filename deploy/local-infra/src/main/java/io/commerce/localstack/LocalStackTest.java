package io.commerce.localstack;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of a whole service on a random port, against real PostgreSQL and a real Kafka
 * broker shared by every such test in the JVM. Tests isolate themselves by data (a fresh member, product
 * or order per test), not by restarting infrastructure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
public @interface LocalStackTest {
}
