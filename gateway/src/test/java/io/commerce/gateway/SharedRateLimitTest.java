package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * Two gateway replicas on one Redis, as production runs them: a member's limit is one limit, whichever replica each
 * request reaches.
 */
class SharedRateLimitTest {

    private static final int CLAIM_RATE = 10;
    private static final int CLAIM_BURST = 20;

    private static List<ConfigurableApplicationContext> replicas;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoReplicas() {
        replicas = List.of(replica(), replica());
        FakeServices.resetAll();
        FakeServices.all().forEach(service -> service.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200))));
    }

    private static ConfigurableApplicationContext replica() {
        return new SpringApplicationBuilder(GatewayApplication.class, OwnEventLoops.class)
                .initializers(new FakeServices())
                .run("--server.port=0", "--management.server.port=0", "--management.tracing.export.zipkin.enabled=false",
                        "--commerce.gateway.rate-limit.member.requests-per-second=0.01",
                        "--commerce.gateway.rate-limit.member.burst=20",
                        "--commerce.gateway.rate-limit.coupon-claim.requests-per-second=" + CLAIM_RATE,
                        "--commerce.gateway.rate-limit.coupon-claim.burst=" + CLAIM_BURST);
    }

    /**
     * By default every context of the JVM shares Reactor Netty's global event loops, and closing one context disposes
     * them under the others (the other test classes' cached gateway among them).
     */
    @Configuration(proxyBeanMethods = false)
    static class OwnEventLoops {

        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            var factory = new ReactorResourceFactory();
            factory.setUseGlobalResources(false);
            return factory;
        }
    }

    @AfterAll
    static void stopReplicas() {
        replicas.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void a_members_burst_is_spent_once_across_both_replicas() throws Exception {
        var token = DevTokens.shared().memberToken("member-" + UUID.randomUUID());
        int allowed = 0;
        for (int i = 0; i < 40; i++) {
            if (send(i % 2, "GET", "/api/v1/products", token) == 200) {
                allowed++;
            }
        }
        // each replica alone would have allowed 20
        assertThat(allowed).isEqualTo(20);
    }

    @Test
    void a_members_claim_rate_holds_within_ten_percent_across_both_replicas() throws Exception {
        var token = DevTokens.shared().memberToken("member-" + UUID.randomUUID());
        var allowed = new AtomicInteger();
        var refused = new AtomicInteger();
        int offered = 4 * CLAIM_RATE;
        var seconds = 10;
        long started = System.nanoTime();
        try (var clients = Executors.newScheduledThreadPool(8)) {
            // four times the rate, alternating between the replicas
            for (int i = 0; i < offered * seconds; i++) {
                int replica = i % 2;
                clients.schedule(() -> {
                    int status = send(replica, "POST", "/api/v1/coupons/campaigns/1/issue", token);
                    (status == 200 ? allowed : refused).incrementAndGet();
                    return null;
                }, i * 1_000_000L / offered, TimeUnit.MICROSECONDS);
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;

        // RedisRateLimiter refills by whole seconds of Redis's clock, so up to one second's tokens may be missing
        double limit = CLAIM_BURST + CLAIM_RATE * elapsed;
        assertThat(allowed.get() + refused.get()).isEqualTo(offered * seconds);
        // one limit, not one per replica (which would allow about twice as many)
        assertThat((double) allowed.get()).isBetween(0.9 * limit, 1.1 * limit);
    }

    private int send(int replica, String method, String path, String token) throws Exception {
        int port = ((WebServerApplicationContext) replicas.get(replica)).getWebServer().getPort();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
