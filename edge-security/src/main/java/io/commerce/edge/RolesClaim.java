package io.commerce.edge;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * How a verified token becomes an authentication, at the gateway and in every service: the member is {@code sub},
 * and each value of the roles claim ({@code commerce.security.roles-claim}) is an authority {@code ROLE_<value>},
 * which {@code hasRole("ADMIN")} checks. A claim that is absent, or neither a list nor a string, grants nothing; a
 * string is read as space-separated values, the way Spring reads a {@code scope} claim.
 */
public final class RolesClaim {

    /** What a role's authority starts with; what follows it is the role. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private RolesClaim() {
    }

    public static JwtAuthenticationConverter authenticationConverter(String claimName) {
        var roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(claimName);
        roles.setAuthorityPrefix(AUTHORITY_PREFIX);
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
