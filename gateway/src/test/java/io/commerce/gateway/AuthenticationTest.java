package io.commerce.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import io.commerce.localstack.DevTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;

@GatewayTest
class AuthenticationTest {

    @Autowired
    WebTestClient client;

    @BeforeEach
    void servicesAnswerOk() {
        FakeServices.resetAll();
        FakeServices.all().forEach(service -> service.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200))));
    }

    @Test
    void a_request_without_a_token_is_a_401_problem_and_reaches_no_service() {
        expectUnauthenticated(client.get().uri("/api/v1/balance").exchange());

        assertNoServiceCalled();
    }

    @Test
    void a_token_signed_by_another_key_is_refused(@TempDir Path keys) {
        var impostor = DevTokens.create(keys.resolve("other-jwks.json"));

        expectUnauthenticated(client.get().uri("/api/v1/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + impostor.memberToken(aMember())).exchange());

        assertNoServiceCalled();
    }

    @Test
    void an_expired_token_is_refused() {
        var expired = DevTokens.shared().sign(validClaims()
                .issueTime(Date.from(Instant.now().minus(2, ChronoUnit.HOURS)))
                .expirationTime(Date.from(Instant.now().minus(1, ChronoUnit.HOURS))));

        expectUnauthenticated(client.get().uri("/api/v1/products")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + expired).exchange());

        assertNoServiceCalled();
    }

    @Test
    void a_token_accepted_before_is_refused_once_it_is_past_its_expiry_and_the_clock_skew() {
        // the gateway remembers verified tokens; what it remembers must not outlive what the verifier accepts:
        // expiry plus its 60 s of clock skew, 55 s of which this token has used up
        var nearlyDone = DevTokens.shared().sign(validClaims()
                .issueTime(Date.from(Instant.now().minus(1, ChronoUnit.HOURS)))
                .expirationTime(Date.from(Instant.now().minusSeconds(55))));
        client.get().uri("/api/v1/balance").header(HttpHeaders.AUTHORIZATION, "Bearer " + nearlyDone)
                .exchange().expectStatus().isOk();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> expectUnauthenticated(client.get()
                .uri("/api/v1/balance").header(HttpHeaders.AUTHORIZATION, "Bearer " + nearlyDone).exchange()));
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        var foreign = DevTokens.shared().sign(validClaims().issuer("https://elsewhere.example/issuer"));

        expectUnauthenticated(client.get().uri("/api/v1/coupons")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + foreign).exchange());

        assertNoServiceCalled();
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        var otherAudience = DevTokens.shared().sign(validClaims().audience("some-other-api"));

        expectUnauthenticated(client.get().uri("/api/v1/coupons")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + otherAudience).exchange());

        assertNoServiceCalled();
    }

    @Test
    void a_malformed_token_is_refused() {
        expectUnauthenticated(client.get().uri("/api/v1/balance")
                .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt").exchange());

        assertNoServiceCalled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer a b", "Bearer", "Bearer ==", "Bearer a,b", "Bearerabc"})
    void a_bearer_header_that_breaks_rfc_6750_is_refused_before_any_verification(String authorization) {
        expectUnauthenticated(client.get().uri("/api/v1/balance").header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange());

        assertNoServiceCalled();
    }

    @Test
    void the_security_filters_use_the_context_firewall(@Autowired WebFilterChainProxy filters,
            @Autowired ServerWebExchangeFirewall firewall) {
        // its loop-based header check keeps a 700-character token from costing a regex per header read
        assertThat(ReflectionTestUtils.getField(filters, "firewall")).isSameAs(firewall);
    }

    @Test
    void the_claims_of_a_valid_token_built_like_the_refused_ones_are_accepted() {
        // guards the tests above: they fail for the one claim they change, not for something else
        client.get().uri("/api/v1/balance")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().sign(validClaims()))
                .exchange()
                .expectStatus().isOk();

        assertThat(FakeServices.BALANCE.getAllServeEvents()).hasSize(1);
    }

    @Test
    void a_member_without_the_admin_role_gets_a_403_problem_on_the_admin_api() {
        client.post().uri("/api/v1/admin/products")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().memberToken(aMember()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"x\"}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("FORBIDDEN")
                .jsonPath("$.type").isEqualTo("https://commerce.example/problems/forbidden")
                .jsonPath("$.status").isEqualTo(403);

        assertNoServiceCalled();
    }

    @Test
    void an_admin_reaches_the_admin_api() {
        client.post().uri("/api/v1/admin/products")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().adminToken(aMember()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"x\"}")
                .exchange()
                .expectStatus().isOk();

        assertThat(FakeServices.PRODUCT.getAllServeEvents()).hasSize(1);
    }

    @Test
    void health_and_metrics_are_open_to_probes_and_scrapers_on_the_management_port(
            @LocalManagementPort int managementPort) {
        // with latency histograms on, a scrape is larger than the client's default 256 KB buffer
        var management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
    }

    @Test
    void the_api_port_serves_no_actuator_endpoint() {
        for (var path : List.of("/actuator/prometheus", "/actuator/health/readiness", "/actuator/env")) {
            client.get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + DevTokens.shared().adminToken(aMember()))
                    .exchange().expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        }
    }

    private static void expectUnauthenticated(WebTestClient.ResponseSpec response) {
        response.expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.type").isEqualTo("https://commerce.example/problems/unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized");
    }

    @Test
    void spring_security_observes_nothing_of_its_own(@Autowired SecurityObservationSettings settings) {
        // the exchange's own observation covers the filters; a refusing predicate would leave each filter wrapped
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }

    private static void assertNoServiceCalled() {
        FakeServices.all().forEach(service -> assertThat(service.getAllServeEvents()).isEmpty());
    }

    private static JWTClaimsSet.Builder validClaims() {
        return new JWTClaimsSet.Builder()
                .subject(aMember())
                .issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .claim("roles", List.of("MEMBER"))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(1, ChronoUnit.HOURS)));
    }

    private static String aMember() {
        return "member-" + UUID.randomUUID();
    }
}
