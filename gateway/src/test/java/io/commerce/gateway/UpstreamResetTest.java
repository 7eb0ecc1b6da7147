package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.http.Fault;
import io.commerce.localstack.DevTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service that dies with a request on its connection resets it: that is a 503 the client may retry (under its
 * Idempotency-Key), as a premature close is, not a 500 that says the gateway has a bug.
 */
@GatewayTest
class UpstreamResetTest {

    @Autowired
    WebTestClient client;

    @Test
    void a_connection_reset_mid_request_is_a_503_problem() {
        FakeServices.resetAll();
        FakeServices.ORDER.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        client.post().uri("/api/v1/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().memberToken("member-" + UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"lines\":[{\"productId\":1,\"quantity\":1}]}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }
}
