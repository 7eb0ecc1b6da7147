package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.localstack.DevTokens;
import io.commerce.localstack.EmbeddedRedisServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Redis goes down under a running gateway and comes back. Meanwhile each replica enforces the limits alone, counting
 * every such decision, and no request fails because of it. A Redis of this class's own: the others share the JVM's.
 */
@GatewayTest
class RedisOutageTest {

    private static final EmbeddedRedisServer REDIS = EmbeddedRedisServer.start(0);

    @DynamicPropertySource
    static void ownRedis(DynamicPropertyRegistry registry) {
        registry.add("REDIS_PORT", REDIS::port);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void servicesAnswerOk() {
        FakeServices.resetAll();
        FakeServices.all().forEach(service -> service.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200))));
    }

    @Test
    void while_redis_is_down_the_replica_enforces_the_limit_alone_and_counts_it_and_the_shared_limit_returns_with_redis() {
        var before = member();
        exhaust(before);
        assertThat(localDecisions()).isZero();

        REDIS.stop();
        try {
            // the bucket Redis held is out of reach: this replica starts the member afresh, and still stops them
            for (int i = 0; i < 20; i++) {
                get(before).expectStatus().isOk();
            }
            get(before).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                    .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED");
            assertThat(localDecisions()).isEqualTo(21);
        } finally {
            REDIS.restart();
        }

        // Lettuce reconnects in the background: until it has, decisions stay local
        var after = member();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            double local = localDecisions();
            get(after).expectStatus().isOk();
            return localDecisions() == local;
        });
        double local = localDecisions();
        var fresh = member();
        exhaust(fresh);
        assertThat(localDecisions()).isEqualTo(local);
    }

    /** The whole burst of 20, then a refusal. */
    private void exhaust(String member) {
        for (int i = 0; i < 20; i++) {
            get(member).expectStatus().isOk();
        }
        get(member).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private double localDecisions() {
        var counter = meters.find("commerce.gateway.rate_limit.fallback").tag("limiter", "member").counter();
        return counter == null ? 0 : counter.count();
    }

    private WebTestClient.ResponseSpec get(String member) {
        return client.get().uri("/api/v1/products")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().memberToken(member)).exchange();
    }

    private static String member() {
        return "member-" + UUID.randomUUID();
    }
}
