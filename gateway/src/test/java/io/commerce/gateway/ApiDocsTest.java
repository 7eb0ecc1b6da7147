package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One Swagger UI at the gateway, listing each service's own OpenAPI document. */
@GatewayTest
class ApiDocsTest {

    @Autowired
    WebTestClient client;

    @BeforeEach
    void reset() {
        FakeServices.resetAll();
    }

    @Test
    void the_swagger_ui_is_open_and_lists_every_service() {
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> org.assertj.core.api.Assertions
                        .assertThat(location).contains("swagger-ui/index.html"));
        client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();

        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'balance-service')].url").isEqualTo("/api-docs/balance")
                .jsonPath("$.urls[?(@.name == 'product-service')].url").isEqualTo("/api-docs/product")
                .jsonPath("$.urls[?(@.name == 'coupon-service')].url").isEqualTo("/api-docs/coupon")
                .jsonPath("$.urls[?(@.name == 'order-service')].url").isEqualTo("/api-docs/order");
    }

    @Test
    void a_services_api_document_is_served_through_the_gateway_without_a_token() {
        FakeServices.PRODUCT.stubFor(get("/v3/api-docs").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"product-service\"}}")));

        client.get().uri("/api-docs/product").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo("product-service");

        FakeServices.PRODUCT.verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
    }
}
