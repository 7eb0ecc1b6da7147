package io.commerce.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class BearerTokenHeaderTest {

    /** The rule as Spring Security's resolvers state it: the oracle the loop must agree with. */
    private static final Pattern SPRING_RULE =
            Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    @Test
    void the_token_of_a_bearer_header_is_what_follows_the_scheme() {
        assertThat(BearerTokenHeader.tokenOf("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isEqualTo("eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        assertThat(BearerTokenHeader.tokenOf("bEARER a-b_c~d+e/f==")).isEqualTo("a-b_c~d+e/f==");
    }

    @Test
    void no_header_or_another_scheme_is_no_token() {
        assertThat(BearerTokenHeader.tokenOf(null)).isNull();
        assertThat(BearerTokenHeader.tokenOf("Basic dXNlcjpwYXNz")).isNull();
        assertThat(BearerTokenHeader.tokenOf("DPoP abc")).isNull();
        assertThat(BearerTokenHeader.tokenOf("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  abc", "Bearerabc", "Bearer a b", "Bearer ==", "Bearer a=b",
            "Bearer abc\n", "Bearer abc,def", "Bearer \u212Aelvin", "Bearer tok\u00e9n"})
    void a_bearer_header_that_breaks_the_rule_is_an_invalid_token(String header) {
        assertThatThrownBy(() -> BearerTokenHeader.tokenOf(header))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo("invalid_token");
    }

    @Test
    void of_a_requests_authorization_headers_only_one_is_read_and_two_are_an_invalid_token() {
        assertThat(BearerTokenHeader.tokenOfHeaders(null)).isNull();
        assertThat(BearerTokenHeader.tokenOfHeaders(List.of())).isNull();
        assertThat(BearerTokenHeader.tokenOfHeaders(List.of("Bearer abc"))).isEqualTo("abc");
        assertThat(BearerTokenHeader.tokenOfHeaders(List.of("Basic dXNlcjpwYXNz"))).isNull();

        for (var two : List.of(List.of("Bearer abc", "Bearer def"), List.of("Bearer abc", "Bearer abc"),
                List.of("Basic dXNlcjpwYXNz", "Bearer abc"))) {
            assertThatThrownBy(() -> BearerTokenHeader.tokenOfHeaders(two))
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                    .isEqualTo("invalid_token");
        }
        assertThatThrownBy(() -> BearerTokenHeader.tokenOfHeaders(List.of("Bearer a b")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void it_agrees_with_springs_regular_expression_on_every_header() {
        var random = new Random(20261125);
        var alphabet = "Bbearer EARaz09-._~+/=,; \t\n\u00e9\u212A\u0130\u0131";
        var prefixes = new String[] {"", "Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Basic "};
        for (int n = 0; n < 50_000; n++) {
            var header = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertAgreesWithSpring(header.toString());
        }
    }

    private static void assertAgreesWithSpring(String header) {
        String expected;
        boolean malformed = false;
        if (!header.regionMatches(true, 0, "bearer", 0, 6)) {
            expected = null;
        } else {
            var matcher = SPRING_RULE.matcher(header);
            malformed = !matcher.matches();
            expected = malformed ? null : matcher.group("token");
        }
        if (malformed) {
            assertThatThrownBy(() -> BearerTokenHeader.tokenOf(header)).as(header)
                    .isInstanceOf(OAuth2AuthenticationException.class);
        } else {
            assertThat(BearerTokenHeader.tokenOf(header)).as(header).isEqualTo(expected);
        }
    }
}
