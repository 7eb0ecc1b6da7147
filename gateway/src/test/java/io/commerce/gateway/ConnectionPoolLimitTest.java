package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.localstack.DevTokens;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A request waits for a connection to its service at most the pool's acquire timeout, then is a 503 SERVICE_BUSY it
 * may retry after its Retry-After: it was never sent, so a 504 (outcome unknown) would be wrong. A pool of one connection, held by a slow request.
 */
@GatewayTest
@TestPropertySource(properties = {"spring.cloud.gateway.server.webflux.httpclient.pool.max-connections=1",
        "spring.cloud.gateway.server.webflux.httpclient.pool.acquire-timeout=300"})
class ConnectionPoolLimitTest {

    @Autowired
    WebTestClient client;

    @Test
    void a_request_that_finds_no_free_connection_in_time_is_a_503_and_never_reaches_the_service() {
        var token = DevTokens.shared().memberToken("member-pool");
        var slow = holdTheOnlyConnection(token);

        long started = System.nanoTime();
        get(token).expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_BUSY");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_000));
        slow.join();
        assertThat(FakeServices.PRODUCT.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .isEqualTo(1);
    }

    @Test
    void refusals_of_the_queue_do_not_open_the_services_circuit() {
        var token = DevTokens.shared().memberToken("member-queue");
        var slow = holdTheOnlyConnection(token);

        // more than the circuit's minimum number of calls, every one refused by the queue, each member's first
        try (var clients = java.util.concurrent.Executors.newFixedThreadPool(30)) {
            var refused = java.util.stream.IntStream.range(0, 30)
                    .mapToObj(i -> CompletableFuture.runAsync(() -> get(DevTokens.shared().memberToken("member-q" + i))
                            .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                            .expectBody().jsonPath("$.code").isEqualTo("SERVICE_BUSY"), clients))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(refused).join();
        }
        slow.join();

        FakeServices.PRODUCT.resetAll();
        FakeServices.PRODUCT.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        get(DevTokens.shared().memberToken("member-after-the-queue")).expectStatus().isOk();
    }

    /** A slow answer holding the pool's one connection for 2.5 s, once it has reached the service. */
    private CompletableFuture<Void> holdTheOnlyConnection(String token) {
        FakeServices.resetAll();
        FakeServices.PRODUCT.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(2_500)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        var slow = CompletableFuture.runAsync(() -> get(token).expectStatus().isOk());
        await().atMost(Duration.ofSeconds(5)).until(() -> FakeServices.PRODUCT
                .countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount() == 1);
        return slow;
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri("/api/v1/products/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }
}
