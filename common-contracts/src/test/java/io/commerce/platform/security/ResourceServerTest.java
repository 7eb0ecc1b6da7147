package io.commerce.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.commerce.localstack.DevTokens;
import io.commerce.platform.testapp.Api;
import io.commerce.platform.testapp.Api.Answer;
import io.commerce.platform.testapp.PlatformTest;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every service is a resource server: the member comes from a valid token and nowhere else, a token the issuer
 * did not sign for this audience, or one that has expired, is a 401, the admin routes need ADMIN, and probes and
 * scrapers need no token.
 */
@PlatformTest
class ResourceServerTest {

    private static final String MINE = "/api/v1/tallies/mine";

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private Api api;
    private String member;

    @BeforeEach
    void aFreshMember() {
        api = new Api(port);
        member = "member-" + UUID.randomUUID();
        api.postJson("/api/v1/tallies", DevTokens.shared().memberToken(member), "{\"amount\":10}");
    }

    @Test
    void the_caller_is_the_tokens_subject_with_the_tokens_roles() {
        var asMember = api.get(MINE, DevTokens.shared().memberToken(member));
        var asAdmin = api.get(MINE, DevTokens.shared().adminToken(member));

        assertThat(asMember.status()).isEqualTo(200);
        assertThat(asMember.json().get("memberId").asString()).isEqualTo(member);
        assertThat(asMember.json().get("total").asLong()).isEqualTo(10);
        assertThat(asMember.json().get("roles").valueStream().map(r -> r.asString())).containsExactly("MEMBER");
        assertThat(asAdmin.json().get("roles").valueStream().map(r -> r.asString()))
                .containsExactlyInAnyOrder("MEMBER", "ADMIN");
    }

    @Test
    void without_a_token_the_answer_is_a_401_problem_asking_for_a_bearer_token() {
        var answer = api.get(MINE, null);

        assertUnauthenticated(answer);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void an_expired_token_is_refused_once_past_the_clock_skew_allowed() {
        assertUnauthenticated(api.get(MINE, DevTokens.shared().mint(member, List.of("MEMBER"), Duration.ofSeconds(-120))));
        assertUnauthenticated(api.get(MINE, DevTokens.shared().sign(claims()
                .issueTime(Date.from(Instant.now().minusSeconds(7_200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3_600))))));
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        assertUnauthenticated(api.get(MINE, DevTokens.shared().sign(claims().issuer("https://elsewhere.example"))));
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        assertUnauthenticated(api.get(MINE, DevTokens.shared().sign(claims().audience("another-api"))));
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws IOException {
        var impostor = DevTokens.create(Files.createTempFile("impostor-jwks", ".json"));

        assertUnauthenticated(api.get(MINE, impostor.memberToken(member)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer a b", "Bearer", "Bearer ==", "Bearer a,b", "Bearerabc", "Basic YTpi"})
    void a_malformed_authorization_header_is_a_401_problem(String authorization) {
        assertUnauthenticated(api.send(api.request(MINE, null).header("Authorization", authorization).GET()));
    }

    @Test
    void the_admin_routes_are_for_admins_only() {
        var asMember = api.get("/api/v1/admin/anything", DevTokens.shared().memberToken(member));
        var asAdmin = api.get("/api/v1/admin/anything", DevTokens.shared().adminToken("operator"));

        assertThat(asMember.status()).isEqualTo(403);
        assertThat(asMember.contentType()).isEqualTo("application/problem+json");
        assertThat(asMember.code()).isEqualTo("FORBIDDEN");
        // past the door, an admin finds there is no such route
        assertThat(asAdmin.status()).isEqualTo(404);
    }

    @Test
    void health_and_metrics_are_open_to_probes_and_scrapers() {
        var management = new Api(managementPort);
        var readiness = management.get("/actuator/health/readiness", null);
        var metrics = management.get("/actuator/prometheus", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("application=\"platform-test\"");
    }

    @Test
    void the_other_actuator_endpoints_are_for_admins_only() {
        var management = new Api(managementPort);
        assertUnauthenticated(management.send(management.request("/actuator/deadletters/commerce.order.events", null)
                .POST(BodyPublishers.noBody())));
        assertThat(management.get("/actuator", DevTokens.shared().memberToken(member)).status()).isEqualTo(403);
        assertThat(management.get("/actuator", DevTokens.shared().adminToken("operator")).status()).isEqualTo(200);
    }

    @Test
    void the_api_port_serves_no_actuator_endpoint_even_to_an_admin() {
        var admin = DevTokens.shared().adminToken("operator");
        for (var path : new String[] {"/actuator", "/actuator/health/readiness", "/actuator/prometheus"}) {
            var answer = api.get(path, admin);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.code()).as(path).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void the_security_filters_use_the_context_firewall(@Autowired FilterChainProxy filters,
            @Autowired HttpFirewall firewall) {
        // its loop-based header check is what keeps a 700-character token from costing a regex per header read;
        // Spring Security wraps the proxy that does the filtering in a composite of its own
        var filtering = ReflectionTestUtils.getField(filters, "springSecurityFilterChain");
        assertThat(ReflectionTestUtils.getField(filtering, "firewall")).isSameAs(firewall);
        assertThat(firewall).isInstanceOf(StrictHttpFirewall.class);
    }

    @Test
    void spring_security_observes_nothing_of_its_own(@Autowired SecurityObservationSettings settings) {
        // the request's own observation covers the filters; a refusing predicate would leave each filter wrapped
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .subject(member)
                .issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .claim("roles", List.of("MEMBER"))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
    }

    private static void assertUnauthenticated(Answer answer) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
    }
}
