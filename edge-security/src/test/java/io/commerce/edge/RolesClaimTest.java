package io.commerce.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimTest {

    private final Instant now = Instant.parse("2031-03-15T00:00:00Z");

    @Test
    void each_role_becomes_a_role_authority() {
        var authentication = convert("roles", Map.of("roles", List.of("ADMIN", "MEMBER")));

        // FACTOR_BEARER is Spring Security's record of how the member authenticated, not a role
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_MEMBER", "FACTOR_BEARER");
    }

    @Test
    void the_member_is_the_subject() {
        assertThat(convert("roles", Map.of("roles", List.of("MEMBER"))).getName()).isEqualTo("member-1");
    }

    @Test
    void a_token_without_the_claim_has_no_roles() {
        assertThat(roles(convert("roles", Map.of("scope", "read write")))).isEmpty();
    }

    @Test
    void the_configured_claim_is_read_and_no_other() {
        var claims = Map.<String, Object>of("groups", List.of("ADMIN"), "roles", List.of("MEMBER"));

        assertThat(roles(convert("groups", claims))).containsExactly("ROLE_ADMIN");
    }

    @Test
    void a_claim_that_is_neither_a_list_nor_a_string_grants_nothing() {
        assertThat(roles(convert("roles", Map.of("roles", 42)))).isEmpty();
        assertThat(roles(convert("roles", Map.of("roles", Map.of("admin", true))))).isEmpty();
    }

    @Test
    void a_string_claim_is_read_as_space_separated_roles() {
        assertThat(roles(convert("roles", Map.of("roles", "ADMIN MEMBER"))))
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_MEMBER");
        assertThat(roles(convert("roles", Map.of("roles", "")))).isEmpty();
    }

    private Authentication convert(String claimName, Map<String, Object> claims) {
        var jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("member-1")
                .issuedAt(now).expiresAt(now.plusSeconds(3600)).claims(c -> c.putAll(claims)).build();
        return RolesClaim.authenticationConverter(claimName).convert(jwt);
    }

    /** The role authorities, ROLE_x. */
    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(RolesClaim.AUTHORITY_PREFIX)).toList();
    }
}
