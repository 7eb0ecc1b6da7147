package io.commerce.gateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole gateway on a random port in front of {@link FakeServices}. Limits are set so tests are exact: a
 * member's bucket practically never refills during a run, so each test uses fresh member ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.gateway.rate-limit.member.requests-per-second=0.01",
        "commerce.gateway.rate-limit.member.burst=20",
        "commerce.gateway.rate-limit.coupon-claim.requests-per-second=0.01",
        "commerce.gateway.rate-limit.coupon-claim.burst=2",
        "commerce.gateway.cors.allowed-origins=https://shop.example",
        // no trace viewer beside these tests: spans are made, not sent
        "management.tracing.export.zipkin.enabled=false"})
@ContextConfiguration(initializers = FakeServices.class)
@AutoConfigureWebTestClient
public @interface GatewayTest {
}
