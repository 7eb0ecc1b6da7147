package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.commerce.localstack.DevTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service of several instances ({@code lb://} and a static list, as the local suite with replicas configures it):
 * requests are spread over all of them. Two fake services stand in for two instances of product-service.
 */
@GatewayTest
class LoadBalancingTest {

    private static final WireMockServer FIRST = FakeServices.PRODUCT;
    private static final WireMockServer SECOND = FakeServices.COUPON;

    @DynamicPropertySource
    static void twoInstances(DynamicPropertyRegistry registry) {
        registry.add("commerce.gateway.services.product.uri", () -> "lb://product-service");
        registry.add("spring.cloud.discovery.client.simple.instances.product-service[0].uri", FIRST::baseUrl);
        registry.add("spring.cloud.discovery.client.simple.instances.product-service[1].uri", SECOND::baseUrl);
    }

    @Autowired
    WebTestClient client;

    @Test
    void requests_are_spread_round_robin_over_the_instances() {
        FakeServices.resetAll();
        for (var instance : new WireMockServer[] {FIRST, SECOND}) {
            instance.stubFor(any(urlEqualTo("/api/v1/products/1")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"id\":1}")));
        }

        for (int i = 0; i < 10; i++) {
            readProduct();
        }

        assertThat(productReads(FIRST)).isEqualTo(5);
        assertThat(productReads(SECOND)).isEqualTo(5);
    }

    /** As a member of its own: the per-member rate limit of the test context is small. */
    private void readProduct() {
        var token = DevTokens.shared().memberToken("member-" + UUID.randomUUID());
        client.get().uri("/api/v1/products/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk();
    }

    private static int productReads(WireMockServer instance) {
        return instance.countRequestsMatching(anyRequestedFor(urlEqualTo("/api/v1/products/1")).build()).getCount();
    }
}
