package io.commerce.coupon.application;

import io.commerce.localstack.LocalStackTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The application tests' context: the real PostgreSQL, in a database of its own, with the Kafka listeners idle.
 * The tests empty the coupon tables and store campaigns and coupons under fixed ids; in the shared coupon
 * database the other contexts' order-event listeners could apply or restore those coupons mid-test, and the
 * emptying would pull rows from under them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@LocalStackTest
@TestPropertySource(properties = {"local-stack.database=coupons_application",
        "spring.kafka.listener.auto-startup=false"})
@interface CouponApplicationTest {
}
