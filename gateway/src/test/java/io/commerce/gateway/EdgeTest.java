package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.DevTokens;
import io.commerce.localstack.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** CORS, the request body limit and the firewall: what the gateway decides before any route is chosen. */
@GatewayTest
class EdgeTest {

    private static final String SHOP = "https://shop.example";

    @Autowired
    WebTestClient client;
    @LocalServerPort
    int port;

    @BeforeEach
    void servicesAnswerOk() {
        FakeServices.resetAll();
        FakeServices.all().forEach(service -> service.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200))));
    }

    @Test
    void a_preflight_from_a_configured_origin_is_allowed_without_a_token() {
        client.options().uri("/api/v1/orders")
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SHOP)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"));

        FakeServices.all().forEach(service -> assertThat(service.getAllServeEvents()).isEmpty());
    }

    @Test
    void a_preflight_from_another_origin_is_refused_with_a_problem() {
        client.options().uri("/api/v1/orders")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("CORS_REJECTED");
    }

    @Test
    void a_cross_origin_call_from_a_configured_origin_can_read_the_request_id() {
        client.get().uri("/api/v1/products")
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().memberToken(aMember()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SHOP)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("X-Request-Id"));
    }

    @Test
    void a_body_above_the_limit_is_a_413_problem_and_never_forwarded() {
        client.post().uri("/api/v1/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().memberToken(aMember()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(jsonOfSize(64 * 1024 + 1))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.type").isEqualTo("https://commerce.example/problems/payload-too-large");

        assertThat(FakeServices.ORDER.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_chunked_body_that_keeps_going_past_the_limit_is_a_413_problem() {
        var chunk = "x".repeat(8 * 1024);
        client.post().uri("/api/v1/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().memberToken(aMember()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.range(0, 9).map(i -> chunk), String.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");

        assertThat(FakeServices.ORDER.getAllServeEvents()).as("nothing of it reached the service").isEmpty();
    }

    @Test
    void a_chunked_body_within_the_limit_reaches_the_service_intact_with_its_length() {
        var chunk = "x".repeat(7 * 1024);
        client.post().uri("/api/v1/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().memberToken(aMember()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.range(0, 9).map(i -> chunk), String.class)
                .exchange()
                .expectStatus().isOk();

        FakeServices.ORDER.verify(postRequestedFor(urlEqualTo("/api/v1/orders"))
                .withHeader(HttpHeaders.CONTENT_LENGTH, equalTo(String.valueOf(9 * 7 * 1024)))
                .withRequestBody(equalTo(chunk.repeat(9))));
    }

    /** Refused by Spring Security's firewall before any route is chosen; nothing reaches a service. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/products%2F1", "/api/v1/products%5C1", "/api/v1//products/1",
            "/api/v1/./products/1", "/api/v1/products/1;x=1", "/api/v1/products/1%00", "/api/v1/products/%2e%2e/1",
            "/api/v1/products/1%0d%0a"})
    void a_path_the_firewall_refuses_is_a_400_problem_and_reaches_no_service(String path) {
        var answer = RawHttp.get(port, path, DevTokens.shared().memberToken(aMember()));

        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.head() + "\n" + answer.body()).isTrue();
        assertThat(answer.body()).contains("\"code\":\"REQUEST_REJECTED\"");
        assertThat(FakeServices.PRODUCT.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_body_within_the_limit_reaches_the_service_intact() {
        var body = jsonOfSize(60 * 1024);
        client.post().uri("/api/v1/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().memberToken(aMember()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        FakeServices.ORDER.verify(postRequestedFor(urlEqualTo("/api/v1/orders")).withRequestBody(equalTo(body)));
    }

    private static String jsonOfSize(int bytes) {
        var prefix = "{\"note\":\"";
        var suffix = "\"}";
        return prefix + "a".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }

    private static String aMember() {
        return "member-" + UUID.randomUUID();
    }
}
