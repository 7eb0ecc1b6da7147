package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.DevTokens;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The test limits (see {@link GatewayTest}): 20 calls per member, 2 coupon claims, practically no refill. */
@GatewayTest
class RateLimitTest {

    @Autowired
    WebTestClient client;

    @BeforeEach
    void servicesAnswerOk() {
        FakeServices.resetAll();
        FakeServices.all().forEach(service -> service.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200))));
    }

    @Test
    void a_member_over_the_limit_gets_a_429_problem_with_retry_after_and_the_service_is_spared() {
        var token = tokenFor(aMember());
        for (int i = 0; i < 20; i++) {
            get(token, "/api/v1/products").expectStatus().isOk();
        }

        get(token, "/api/v1/products")
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // one request per 100 s at 0.01 requests per second; Redis refills by the second, and one may have passed
                .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(value).isIn("99", "100"))
                .expectBody()
                .jsonPath("$.code").isEqualTo("RATE_LIMITED")
                .jsonPath("$.type").isEqualTo("https://commerce.example/problems/rate-limited")
                .jsonPath("$.status").isEqualTo(429);

        assertThat(FakeServices.PRODUCT.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .isEqualTo(20);
    }

    @Test
    void the_member_limit_spans_all_services() {
        var token = tokenFor(aMember());
        for (int i = 0; i < 10; i++) {
            get(token, "/api/v1/balance").expectStatus().isOk();
            get(token, "/api/v1/orders").expectStatus().isOk();
        }

        get(token, "/api/v1/coupons").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void one_member_exhausting_the_limit_does_not_limit_another() {
        var greedy = tokenFor(aMember());
        for (int i = 0; i < 21; i++) {
            get(greedy, "/api/v1/balance");
        }
        get(greedy, "/api/v1/balance").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        get(tokenFor(aMember()), "/api/v1/balance").expectStatus().isOk();
    }

    @Test
    void coupon_claims_have_their_own_tighter_limit_that_leaves_other_calls_alone() {
        var token = tokenFor(aMember());
        claim(token, "11").expectStatus().isOk();
        claim(token, "12").expectStatus().isOk();

        claim(token, "13").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED");

        get(token, "/api/v1/coupons/campaigns").expectStatus().isOk();
        assertThat(FakeServices.COUPON.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .isEqualTo(3);
    }

    private WebTestClient.ResponseSpec get(String token, String path) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private WebTestClient.ResponseSpec claim(String token, String campaignId) {
        return client.post().uri("/api/v1/coupons/campaigns/{id}/issue", campaignId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static String tokenFor(String memberId) {
        return DevTokens.shared().memberToken(memberId);
    }

    private static String aMember() {
        return "member-" + UUID.randomUUID();
    }
}
