package io.commerce.balance;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.LocalStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@LocalStackTest
class BalanceServiceStartsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void the_service_starts_and_reports_ready_on_its_management_port_alone() {
        var body = RestClient.create("http://localhost:" + managementPort).get().uri("/actuator/health/readiness")
                .retrieve().body(String.class);
        int onApiPort = RestClient.create("http://localhost:" + port).get().uri("/actuator/health/readiness")
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(body).contains("\"status\":\"UP\"");
        assertThat(onApiPort).as("the API port serves no actuator").isEqualTo(404);
    }
}
