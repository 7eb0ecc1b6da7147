package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.commerce.localstack.DevTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each test breaks a different service, because each service has its own circuit and this context keeps
 * them for the whole class: balance is unreachable, product hangs, order fails, coupon refuses politely.
 */
@GatewayTest
class ResilienceTest {

    private static final int CALLS_TO_OPEN = 4;

    @DynamicPropertySource
    static void fastFailingBreakers(DynamicPropertyRegistry registry) {
        registry.add("commerce.gateway.circuit-breaker.sliding-window", () -> "10m");
        registry.add("commerce.gateway.circuit-breaker.minimum-number-of-calls", () -> CALLS_TO_OPEN);
        registry.add("commerce.gateway.circuit-breaker.wait-in-open-state", () -> "10m");
        // Short only where a test waits for the timeout: an answer that comes at once may still take a few hundred
        // milliseconds on a loaded 2-core machine (a first call opens a connection), and a 504 there fails a test
        // that is about 5xx or 4xx answers.
        registry.add("commerce.gateway.services.product.timeout", () -> "300ms");
        registry.add("commerce.gateway.services.coupon.timeout", () -> "1500ms");
        registry.add("commerce.gateway.services.coupon-claim-timeout", () -> "5s");
        registry.add("commerce.gateway.services.balance.uri", () -> "http://127.0.0.1:" + closedPort());
    }

    @Autowired
    WebTestClient client;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @BeforeEach
    void reset() {
        FakeServices.resetAll();
    }

    @Test
    void a_service_answering_500_gives_500_problems_without_its_body_and_its_circuit_opens_without_retrying_posts() {
        FakeServices.ORDER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/plain").withBody("java.lang.NullPointerException at ...")));
        var token = aMemberToken();

        // a bug behind the gateway is a 500 to the client and in the metrics, not an outage
        for (int i = 0; i < CALLS_TO_OPEN; i++) {
            placeOrder(token).expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("INTERNAL_ERROR")
                    .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).doesNotContain("NullPointer"));
        }
        // each POST reached the service exactly once: nothing was retried
        assertThat(callsTo(FakeServices.ORDER)).isEqualTo(CALLS_TO_OPEN);
        assertThat(breaker("order-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        placeOrder(token).expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(callsTo(FakeServices.ORDER)).isEqualTo(CALLS_TO_OPEN);
    }

    @Test
    void a_service_answering_502_gives_a_503_problem_without_its_body() {
        FakeServices.PRODUCT.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/plain").withBody("upstream details")));

        get(aMemberToken(), "/api/v1/products/1").expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectBody()
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.type").isEqualTo("https://commerce.example/problems/service-unavailable");
    }

    @Test
    void a_service_shedding_load_with_503_is_passed_on_with_its_code_and_retry_after_and_its_circuit_stays_closed() {
        FakeServices.COUPON.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":503,\"code\":\"SERVICE_BUSY\"}")));
        var token = aMemberToken();

        for (int i = 0; i < CALLS_TO_OPEN * 2; i++) {
            get(token, "/api/v1/coupons").expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectHeader().valueEquals("Retry-After", "1")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("SERVICE_BUSY");
        }

        // a service that refuses work at once is working: an open circuit would refuse what it can still do
        assertThat(breaker("coupon-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(callsTo(FakeServices.COUPON)).isEqualTo(CALLS_TO_OPEN * 2);
    }

    @Test
    void a_hanging_service_times_out_with_504_and_then_its_open_circuit_answers_503_at_once() {
        FakeServices.PRODUCT.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        var token = aMemberToken();

        for (int i = 0; i < CALLS_TO_OPEN; i++) {
            long started = System.nanoTime();
            get(token, "/api/v1/products").expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
                    .expectBody().jsonPath("$.code").isEqualTo("GATEWAY_TIMEOUT");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(breaker("product-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        long started = System.nanoTime();
        get(token, "/api/v1/products").expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(callsTo(FakeServices.PRODUCT)).isEqualTo(CALLS_TO_OPEN));
    }

    @Test
    void an_unreachable_service_gives_503_problems_and_its_circuit_opens() {
        var token = aMemberToken();

        for (int i = 0; i < CALLS_TO_OPEN; i++) {
            get(token, "/api/v1/balance").expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
        }

        assertThat(breaker("balance-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void a_service_refusing_a_request_with_4xx_is_not_failing_and_keeps_its_circuit_closed() {
        FakeServices.COUPON.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"code\":\"COUPON_SOLD_OUT\"}")));
        var token = aMemberToken();

        for (int i = 0; i < CALLS_TO_OPEN * 2; i++) {
            get(token, "/api/v1/coupons").expectStatus().isEqualTo(HttpStatus.CONFLICT)
                    .expectBody().jsonPath("$.code").isEqualTo("COUPON_SOLD_OUT");
        }

        assertThat(breaker("coupon-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void a_claim_may_wait_longer_than_the_other_coupon_calls_and_counts_in_a_circuit_of_its_own() {
        FakeServices.COUPON.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withFixedDelay(2_500)
                .withHeader("Content-Type", "application/json").withBody("{\"couponId\":7}")));
        var token = aMemberToken();
        long claimsBefore = breaker("coupon-claim").getMetrics().getNumberOfSuccessfulCalls();
        long couponFailuresBefore = breaker("coupon-service").getMetrics().getNumberOfFailedCalls();

        client.post().uri("/api/v1/coupons/campaigns/1/issue").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.couponId").isEqualTo(7);
        // the same wait on any other coupon call is past coupon-service's timeout
        get(token, "/api/v1/coupons").expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT);

        assertThat(breaker("coupon-claim").getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(claimsBefore + 1);
        assertThat(breaker("coupon-service").getMetrics().getNumberOfFailedCalls())
                .isEqualTo(couponFailuresBefore + 1);
    }

    @Test
    void a_few_failures_among_many_answered_calls_keep_the_circuit_closed() {
        FakeServices.COUPON.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        var token = aMemberToken();
        for (int i = 0; i < CALLS_TO_OPEN * 3; i++) {
            get(token, "/api/v1/coupons").expectStatus().isOk();
        }
        FakeServices.COUPON.resetAll();
        FakeServices.COUPON.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

        // as many failures in a row as open a failing service's circuit, but a quarter of the window's calls
        for (int i = 0; i < CALLS_TO_OPEN; i++) {
            get(token, "/api/v1/coupons").expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        }

        assertThat(breaker("coupon-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker("coupon-service").getMetrics().getFailureRate()).isLessThan(50f);
    }

    private WebTestClient.ResponseSpec placeOrder(String token) {
        return client.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"lines\":[{\"productId\":1,\"quantity\":1}]}")
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String token, String path) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private CircuitBreaker breaker(String service) {
        return breakers.getCircuitBreakerRegistry().circuitBreaker(service);
    }

    private static int callsTo(WireMockServer service) {
        return service.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
    }

    private static String aMemberToken() {
        return DevTokens.shared().memberToken("member-" + UUID.randomUUID());
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
