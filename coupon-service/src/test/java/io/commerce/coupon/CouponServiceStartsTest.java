package io.commerce.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.LocalStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@LocalStackTest
class CouponServiceStartsTest {

    @LocalServerPort
    int port;

    @Test
    void the_service_starts_and_reports_ready() {
        var body = RestClient.create("http://localhost:" + port).get().uri("/actuator/health/readiness")
                .retrieve().body(String.class);

        assertThat(body).contains("\"status\":\"UP\"");
    }
}
