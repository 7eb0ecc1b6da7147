package io.commerce.product.adapter.out.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.commerce.localstack.DevTokens;
import io.commerce.localstack.LocalStackTest;
import io.commerce.product.application.port.in.CreateProductUseCase;
import io.commerce.product.application.port.in.CreateProductUseCase.CreateProductCommand;
import io.commerce.product.application.port.out.SalesRanking.RankedProduct;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Feign client, timeouts and circuit breaker against a WireMock data platform. This context does not
 * consume Kafka: it shares the database with the saga tests but not their consumer group.
 */
@LocalStackTest
class DataPlatformClientWireMockTest {

    private static final String RANKING = "/api/v1/rankings/products";
    private static final WireMockServer platform = new WireMockServer(options().dynamicPort());

    static {
        platform.start();
    }

    @DynamicPropertySource
    static void pointAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("commerce.ranking.base-url", platform::baseUrl);
        registry.add("commerce.ranking.cache-ttl", () -> "0s");
        // generous enough for a busy build machine, far below the slow answer's delay
        registry.add("commerce.ranking.read-timeout", () -> "1500ms");
        registry.add("commerce.ranking.circuit-breaker.sliding-window-size", () -> "4");
        registry.add("commerce.ranking.circuit-breaker.minimum-number-of-calls", () -> "4");
        registry.add("commerce.ranking.circuit-breaker.failure-rate-threshold", () -> "50");
        registry.add("commerce.ranking.circuit-breaker.wait-in-open-state", () -> "1s");
        registry.add("commerce.ranking.circuit-breaker.permitted-calls-in-half-open-state", () -> "1");
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
    }

    @AfterAll
    static void stopWireMock() {
        platform.stop();
    }

    @Autowired
    DataPlatformClient client;
    @Autowired
    DataPlatformRankingAdapter ranking;
    @Autowired
    CircuitBreaker breaker;
    @Autowired
    CreateProductUseCase createProduct;
    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void reset() {
        platform.resetAll();
        breaker.reset();
    }

    private static String rankingOf(long... idAndUnits) {
        var entries = new StringBuilder();
        for (int i = 0; i < idAndUnits.length; i += 2) {
            if (!entries.isEmpty()) {
                entries.append(',');
            }
            entries.append("{\"rank\":%d,\"productId\":%d,\"unitsSold\":%d}".formatted(i / 2 + 1, idAndUnits[i],
                    idAndUnits[i + 1]));
        }
        return "{\"days\":3,\"from\":\"2026-11-23\",\"to\":\"2026-11-25\",\"zone\":\"Asia/Seoul\",\"products\":["
                + entries + "]}";
    }

    private void platformAnswers(String body) {
        platform.stubFor(get(urlPathEqualTo(RANKING)).willReturn(okJson(body)));
    }

    private void platformFails() {
        platform.stubFor(get(urlPathEqualTo(RANKING)).willReturn(serverError().withBody("boom")));
    }

    @Test
    void the_client_asks_for_days_and_limit_and_reads_the_ranking() {
        platformAnswers(rankingOf(11, 40, 12, 30));

        var response = client.productRanking(3, 5);

        assertThat(response.products()).extracting(DataPlatformClient.RankingResponse.Entry::productId)
                .containsExactly(11L, 12L);
        platform.verify(getRequestedFor(urlPathEqualTo(RANKING))
                .withQueryParam("days", equalTo("3")).withQueryParam("limit", equalTo("5")));
    }

    @Test
    void a_slow_answer_times_out_and_the_last_good_ranking_is_served_as_stale() {
        platformAnswers(rankingOf(11, 40));
        assertThat(ranking.topSelling(3, 5).stale()).isFalse();
        platform.stubFor(get(urlPathEqualTo(RANKING))
                .willReturn(okJson(rankingOf(99, 1)).withFixedDelay(6_000)));

        assertThatThrownBy(() -> client.productRanking(3, 5)).isInstanceOf(feign.RetryableException.class);
        var served = ranking.topSelling(3, 5);

        assertThat(served.stale()).isTrue();
        assertThat(served.products()).containsExactly(new RankedProduct(11, 40));
    }

    @Test
    void a_server_error_serves_the_last_good_ranking_as_stale() {
        platformAnswers(rankingOf(11, 40));
        ranking.topSelling(3, 5);
        platformFails();

        assertThatThrownBy(() -> client.productRanking(3, 5)).isInstanceOf(feign.FeignException.class);
        var served = ranking.topSelling(3, 5);

        assertThat(served.stale()).isTrue();
        assertThat(served.products()).containsExactly(new RankedProduct(11, 40));
    }

    @Test
    void the_circuit_opens_after_repeated_failures_and_closes_again_when_the_platform_recovers() {
        platformAnswers(rankingOf(11, 40));
        ranking.topSelling(3, 5);
        platformFails();

        for (int i = 0; i < 4; i++) {
            assertThat(ranking.topSelling(3, 5).stale()).isTrue();
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(scrapedState("open")).as("what the circuit-open alert reads").isEqualTo(1);
        int callsWhenOpened = platform.findAll(getRequestedFor(urlPathEqualTo(RANKING))).size();

        var whileOpen = ranking.topSelling(3, 5);
        assertThat(whileOpen.stale()).isTrue();
        assertThat(whileOpen.products()).containsExactly(new RankedProduct(11, 40));
        assertThat(platform.findAll(getRequestedFor(urlPathEqualTo(RANKING)))).hasSize(callsWhenOpened);

        platformAnswers(rankingOf(12, 50));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !ranking.topSelling(3, 5).stale());

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(ranking.topSelling(3, 5).products()).containsExactly(new RankedProduct(12, 50));
        assertThat(scrapedState("open")).isZero();
        assertThat(scrapedState("closed")).isEqualTo(1);
    }

    /** The ranking breaker's state gauge as Prometheus reads it on the management port. */
    private double scrapedState(String state) {
        var scrape = RestClient.create("http://localhost:" + managementPort).get().uri("/actuator/prometheus")
                .retrieve().body(String.class);
        return scrape.lines()
                .filter(line -> line.startsWith("resilience4j_circuitbreaker_state{")
                        && line.contains("name=\"dataplatform-ranking\"") && line.contains("state=\"" + state + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + state + " state of the ranking breaker"));
    }

    @Test
    void popular_products_relays_the_token_skips_vanished_products_and_keeps_answering_when_the_platform_is_down()
            throws Exception {
        long first = createProduct.create(new CreateProductCommand("Best " + UUID.randomUUID(), 9_000, 3)).id();
        long second = createProduct.create(new CreateProductCommand("Next " + UUID.randomUUID(), 5_000, 8)).id();
        long vanished = Long.MAX_VALUE - 1;
        platformAnswers(rankingOf(first, 40, vanished, 35, second, 30));
        var token = DevTokens.shared().memberToken("member-" + UUID.randomUUID());
        var http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();

        var fresh = http.get().uri("/api/v1/products/popular").retrieve().toEntity(String.class);

        assertThat(fresh.getStatusCode().value()).isEqualTo(200);
        assertThat(fresh.getHeaders().containsHeader("X-Ranking-Stale")).isFalse();
        JsonNode body = json.readTree(fresh.getBody());
        assertThat(body.get("stale").asBoolean()).isFalse();
        assertThat(body.get("products")).hasSize(2);
        assertThat(body.get("products").get(0).get("id").asLong()).isEqualTo(first);
        assertThat(body.get("products").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(body.get("products").get(0).get("price").asLong()).isEqualTo(9_000);
        assertThat(body.get("products").get(1).get("id").asLong()).isEqualTo(second);
        assertThat(body.get("products").get(1).get("rank").asInt()).isEqualTo(2);
        platform.verify(getRequestedFor(urlPathEqualTo(RANKING))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));

        platformFails();
        var stale = http.get().uri("/api/v1/products/popular").retrieve().toEntity(String.class);

        assertThat(stale.getStatusCode().value()).isEqualTo(200);
        assertThat(stale.getHeaders().getFirst("X-Ranking-Stale")).isEqualTo("true");
        JsonNode staleBody = json.readTree(stale.getBody());
        assertThat(staleBody.get("stale").asBoolean()).isTrue();
        assertThat(staleBody.get("products")).hasSize(2);
        assertThat(staleBody.get("products").get(0).get("id").asLong()).isEqualTo(first);
    }
}
