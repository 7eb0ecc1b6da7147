package io.commerce.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

/** Both decoders, the servlet services' and the gateway's, check the same things. */
class TokenIssuerTest {

    private static final TestIssuer ISSUER = TestIssuer.create();

    @TempDir
    static Path keys;

    /** The two decoders over the issuer's key set in a file, as the local stack configures them. */
    static Stream<Arguments> decoders() {
        var issuer = new TokenIssuer(keySetFile().toUri().toString(), TestIssuer.ISSUER, TestIssuer.AUDIENCE);
        var servlet = issuer.jwtDecoder(new DefaultResourceLoader());
        var reactive = issuer.reactiveJwtDecoder(new DefaultResourceLoader());
        return Stream.of(
                Arguments.of("servlet", (Function<String, Jwt>) servlet::decode),
                Arguments.of("reactive", (Function<String, Jwt>) token -> reactive.decode(token).block()));
    }

    private static Path keySetFile() {
        var file = keys.resolve("jwks.json");
        return Files.exists(file) ? file : ISSUER.writeKeySet(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_token_signed_by_the_key_set_for_the_issuer_and_audience_is_accepted(String kind, Function<String, Jwt> decoder) {
        var jwt = decoder.apply(ISSUER.sign(ISSUER.validClaims()));

        assertThat(jwt.getSubject()).isEqualTo("member-1");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MEMBER");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void an_expired_token_is_refused(String kind, Function<String, Jwt> decoder) {
        var hoursAgo = Instant.now().minusSeconds(7200);
        var expired = ISSUER.sign(ISSUER.validClaims().issueTime(Date.from(hoursAgo))
                .expirationTime(Date.from(hoursAgo.plusSeconds(3600))));

        assertThatThrownBy(() -> decoder.apply(expired)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_token_without_an_expiry_is_refused_because_it_would_never_expire(String kind, Function<String, Jwt> decoder) {
        var forever = ISSUER.sign(ISSUER.validClaims().expirationTime(null));

        assertThatThrownBy(() -> decoder.apply(forever)).isInstanceOf(JwtException.class).hasMessageContaining("exp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_token_without_a_subject_is_refused(String kind, Function<String, Jwt> decoder) {
        var nobody = ISSUER.sign(ISSUER.validClaims().subject(null));

        assertThatThrownBy(() -> decoder.apply(nobody)).isInstanceOf(JwtException.class).hasMessageContaining("sub");
    }

    static Stream<Arguments> unstorableSubjects() {
        return decoders().flatMap(decoder -> Stream.of("", "m".repeat(SubjectClaim.MAX_LENGTH + 1), "member\u00001",
                        "member 1", "member\n1", "m\u00e9mber")
                .map(subject -> Arguments.of(decoder.get()[0], decoder.get()[1], subject)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("unstorableSubjects")
    void a_subject_no_member_id_column_holds_is_refused(String kind, Function<String, Jwt> decoder, String subject) {
        var token = ISSUER.sign(ISSUER.validClaims().subject(subject));

        assertThatThrownBy(() -> decoder.apply(token)).isInstanceOf(JwtException.class).hasMessageContaining("sub");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_subject_with_an_unpaired_surrogate_is_refused(String kind, Function<String, Jwt> decoder) {
        // only a JSON escape carries one: encoded as UTF-8, as a signer writes a Java string, it would be a '?'
        var claims = ISSUER.validClaims().subject("SUBJECT").build().toString().replace("SUBJECT", "member-\\ud800");

        assertThatThrownBy(() -> decoder.apply(ISSUER.signJson(claims))).isInstanceOf(JwtException.class)
                .hasMessageContaining("sub");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_subject_as_long_as_the_member_id_column_is_accepted(String kind, Function<String, Jwt> decoder) {
        var longest = "auth0|" + "7".repeat(SubjectClaim.MAX_LENGTH - 6);

        assertThat(decoder.apply(ISSUER.sign(ISSUER.validClaims().subject(longest))).getSubject()).isEqualTo(longest);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_token_not_valid_yet_is_refused(String kind, Function<String, Jwt> decoder) {
        var later = ISSUER.sign(ISSUER.validClaims().notBeforeTime(Date.from(Instant.now().plusSeconds(600))));

        assertThatThrownBy(() -> decoder.apply(later)).isInstanceOf(JwtException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_token_from_another_issuer_is_refused(String kind, Function<String, Jwt> decoder) {
        var foreign = ISSUER.sign(ISSUER.validClaims().issuer("https://elsewhere.test/"));

        assertThatThrownBy(() -> decoder.apply(foreign)).isInstanceOf(JwtException.class).hasMessageContaining("iss");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_token_for_another_audience_or_none_is_refused(String kind, Function<String, Jwt> decoder) {
        var otherAudience = ISSUER.sign(ISSUER.validClaims().audience("some-other-api"));
        var noAudience = ISSUER.sign(ISSUER.validClaims().audience((String) null));

        assertThatThrownBy(() -> decoder.apply(otherAudience)).isInstanceOf(JwtException.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.apply(noAudience)).isInstanceOf(JwtException.class).hasMessageContaining("aud");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void a_token_signed_by_another_key_is_refused(String kind, Function<String, Jwt> decoder) {
        var impostor = TestIssuer.create();

        assertThatThrownBy(() -> decoder.apply(impostor.sign(impostor.validClaims()))).isInstanceOf(JwtException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void only_rs256_is_accepted(String kind, Function<String, Jwt> decoder) {
        var rs512 = ISSUER.sign(JWSAlgorithm.RS512, ISSUER.validClaims());

        assertThatThrownBy(() -> decoder.apply(rs512)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_local_key_set_is_read_once_when_the_decoder_is_built(@TempDir Path dir) throws Exception {
        var file = ISSUER.writeKeySet(dir.resolve("jwks.json"));
        var decoder = new TokenIssuer(file.toUri().toString(), TestIssuer.ISSUER, TestIssuer.AUDIENCE)
                .jwtDecoder(new DefaultResourceLoader());

        Files.delete(file);

        assertThat(decoder.decode(ISSUER.sign(ISSUER.validClaims())).getSubject()).isEqualTo("member-1");
    }

    @Test
    void a_published_key_set_is_fetched_over_http_when_a_token_needs_it() throws Exception {
        var fetches = new AtomicInteger();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks.json", exchange -> {
            fetches.incrementAndGet();
            var body = ISSUER.publicKeySet().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            var uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
            var decoder = new TokenIssuer(uri, TestIssuer.ISSUER, TestIssuer.AUDIENCE).jwtDecoder(new DefaultResourceLoader());
            assertThat(fetches).as("nothing fetched before a token arrives").hasValue(0);

            assertThat(decoder.decode(ISSUER.sign(ISSUER.validClaims())).getSubject()).isEqualTo("member-1");
            var foreign = ISSUER.sign(ISSUER.validClaims().issuer("https://elsewhere.test/"));
            assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtException.class);
            assertThat(fetches).hasPositiveValue();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_key_set_and_the_issuer_are_required_and_the_error_names_their_settings() {
        for (var missing : List.of(new String[] {null, TestIssuer.ISSUER}, new String[] {"file:/jwks.json", " "})) {
            assertThatThrownBy(() -> new TokenIssuer(missing[0], missing[1], TestIssuer.AUDIENCE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("commerce.security.jwk-set-uri").hasMessageContaining("commerce.security.issuer")
                    .hasMessageContaining("COMMERCE_JWK_SET_URI");
        }
        assertThatThrownBy(() -> new TokenIssuer("file:/jwks.json", TestIssuer.ISSUER, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("commerce.security.audience");
    }
}
