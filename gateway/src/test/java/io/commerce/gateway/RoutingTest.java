package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.commerce.localstack.DevTokens;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@GatewayTest
class RoutingTest {

    @Autowired
    WebTestClient client;

    @BeforeEach
    void servicesAnswerOk() {
        FakeServices.resetAll();
        FakeServices.all().forEach(service -> service.stubFor(any(anyUrl()).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"ok\":true}"))));
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("/api/v1/balance", FakeServices.BALANCE),
                Arguments.of("/api/v1/balance/transactions?page=0&size=10", FakeServices.BALANCE),
                Arguments.of("/api/v1/products", FakeServices.PRODUCT),
                Arguments.of("/api/v1/products/popular", FakeServices.PRODUCT),
                Arguments.of("/api/v1/coupons?status=AVAILABLE", FakeServices.COUPON),
                Arguments.of("/api/v1/coupons/campaigns", FakeServices.COUPON),
                Arguments.of("/api/v1/orders/42", FakeServices.ORDER),
                Arguments.of("/api/v1/admin/balance/members/m-1", FakeServices.BALANCE),
                Arguments.of("/api/v1/admin/products/7/stock", FakeServices.PRODUCT),
                Arguments.of("/api/v1/admin/coupons/campaigns", FakeServices.COUPON),
                Arguments.of("/api/v1/admin/orders", FakeServices.ORDER));
    }

    @ParameterizedTest(name = "{0} goes to its service")
    @MethodSource("routes")
    void each_api_prefix_is_routed_to_its_service_with_path_and_query_unchanged(String path, WireMockServer service) {
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().adminToken(aMember()))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(true);

        service.verify(1, getRequestedFor(urlEqualTo(path)));
        FakeServices.all().stream().filter(other -> other != service)
                .forEach(other -> assertThat(other.getAllServeEvents()).isEmpty());
    }

    @Test
    void the_data_platform_is_not_routed_so_rankings_are_a_404_problem() {
        client.get().uri("/api/v1/rankings/products").header(HttpHeaders.AUTHORIZATION, bearer(aMember()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.type").isEqualTo("https://commerce.example/problems/not-found")
                .jsonPath("$.status").isEqualTo(404);

        FakeServices.all().forEach(service -> assertThat(service.getAllServeEvents()).isEmpty());
    }

    @Test
    void a_burst_of_slow_requests_is_all_served_and_not_capped_at_a_few_in_flight() throws Exception {
        FakeServices.ORDER.stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(300)
                .withStatus(202).withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        int burst = 60;
        var start = new java.util.concurrent.CountDownLatch(1);
        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(burst)) {
            for (int i = 0; i < burst; i++) {
                var token = DevTokens.shared().memberToken(aMember());
                pool.submit(() -> {
                    start.await();
                    statuses.add(client.post().uri("/api/v1/orders")
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                            .header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{}")
                            .exchange().returnResult(String.class).getStatus().value());
                    return null;
                });
            }
            start.countDown();
        }

        assertThat(statuses).hasSize(burst).containsOnly(202);
        FakeServices.ORDER.verify(burst, postRequestedFor(urlEqualTo("/api/v1/orders")));
    }

    @Test
    void the_token_is_relayed_unchanged_and_client_sent_identity_headers_are_stripped() {
        var token = DevTokens.shared().memberToken(aMember());

        client.get().uri("/api/v1/balance")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-User-Id", "someone-else")
                .header("X-Member-Id", "someone-else")
                .header("X-User-Roles", "ADMIN")
                .header("X-Forwarded-User", "someone-else")
                .header("X-Auth-Member", "someone-else")
                .header("x-auth-roles", "ADMIN")
                .header("X-Client-Version", "3.1")
                .exchange()
                .expectStatus().isOk();

        FakeServices.BALANCE.verify(getRequestedFor(urlEqualTo("/api/v1/balance"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
                .withoutHeader("X-User-Id")
                .withoutHeader("X-Member-Id")
                .withoutHeader("X-User-Roles")
                .withoutHeader("X-Forwarded-User")
                .withoutHeader("X-Auth-Member")
                .withoutHeader("X-Auth-Roles")
                .withHeader("X-Client-Version", equalTo("3.1")));
    }

    @Test
    void a_request_without_an_id_gets_a_generated_one_that_the_service_and_the_client_both_see() {
        var requestId = client.get().uri("/api/v1/products").header(HttpHeaders.AUTHORIZATION, bearer(aMember()))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(requestId).isNotNull();
        assertThat(UUID.fromString(requestId)).isNotNull();
        FakeServices.PRODUCT.verify(getRequestedFor(urlEqualTo("/api/v1/products"))
                .withHeader("X-Request-Id", equalTo(requestId)));
    }

    @Test
    void a_sane_client_request_id_is_kept() {
        client.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, bearer(aMember()))
                .header("X-Request-Id", "checkout-7f3a9c21")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"lines\":[]}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "checkout-7f3a9c21");

        FakeServices.ORDER.verify(postRequestedFor(urlEqualTo("/api/v1/orders"))
                .withHeader("X-Request-Id", equalTo("checkout-7f3a9c21"))
                .withRequestBody(equalTo("{\"lines\":[]}")));
    }

    @Test
    void an_odd_client_request_id_is_replaced() {
        var requestId = client.get().uri("/api/v1/coupons").header(HttpHeaders.AUTHORIZATION, bearer(aMember()))
                .header("X-Request-Id", "short")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(requestId).isNotEqualTo("short").matches("[0-9a-f-]{36}");
        FakeServices.COUPON.verify(getRequestedFor(urlEqualTo("/api/v1/coupons"))
                .withHeader("X-Request-Id", equalTo(requestId)));
    }

    @Test
    void a_refusal_by_the_gateway_also_carries_the_request_id() {
        client.get().uri("/api/v1/balance").header("X-Request-Id", "support-case-1234")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Request-Id", "support-case-1234")
                .expectBody().jsonPath("$.requestId").isEqualTo("support-case-1234");
    }

    @Test
    void a_service_error_answer_reaches_the_client_as_the_service_wrote_it() {
        FakeServices.COUPON.stubFor(any(urlEqualTo("/api/v1/coupons/campaigns/9/issue")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"code\":\"COUPON_SOLD_OUT\",\"status\":409}")));

        client.method(HttpMethod.POST).uri("/api/v1/coupons/campaigns/9/issue")
                .header(HttpHeaders.AUTHORIZATION, bearer(aMember()))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("COUPON_SOLD_OUT");

        FakeServices.COUPON.verify(1, anyRequestedFor(urlEqualTo("/api/v1/coupons/campaigns/9/issue")));
    }

    static String aMember() {
        return "member-" + UUID.randomUUID();
    }

    static String bearer(String memberId) {
        return "Bearer " + DevTokens.shared().memberToken(memberId);
    }
}
