package io.commerce.edge;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

/**
 * Reads the token out of an {@code Authorization} header by the rule Spring Security's own resolvers apply
 * (RFC 6750: {@code Bearer} in any ASCII case, one space, {@code [A-Za-z0-9-._~+/]+=*}, nothing else), with a
 * loop instead of their regular expression. A member's token is some 700 characters, and matching it was 15 % of
 * product-service's CPU under load.
 */
public final class BearerTokenHeader {

    private static final String SCHEME = "bearer";

    private BearerTokenHeader() {
    }

    /**
     * The token of a request's {@code Authorization} fields, all of them: a request may carry one (RFC 9110 defines no
     * list syntax for it), and with two a proxy and a service could each read a different token.
     *
     * @param authorizations the field values in the order they came, {@code null} or empty when there is none
     * @return as {@link #tokenOf(String)} for the one field
     * @throws OAuth2AuthenticationException {@code invalid_token} when there are several, or the one breaks the rule
     */
    public static String tokenOfHeaders(List<String> authorizations) {
        if (authorizations == null || authorizations.isEmpty()) {
            return null;
        }
        if (authorizations.size() > 1) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("More than one Authorization header"));
        }
        return tokenOf(authorizations.getFirst());
    }

    /**
     * @return the token, or {@code null} when there is no header or it names another scheme
     * @throws OAuth2AuthenticationException {@code invalid_token} when it is a bearer header that breaks the rule
     */
    public static String tokenOf(String authorization) {
        // the same loose test of the scheme as Spring's resolvers: "Bearerx" is a malformed bearer header, not another scheme
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        if (!hasAsciiScheme(authorization) || authorization.length() <= SCHEME.length()
                || authorization.charAt(SCHEME.length()) != ' ' || !isToken(authorization, SCHEME.length() + 1)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(SCHEME.length() + 1);
    }

    private static boolean hasAsciiScheme(String header) {
        for (int i = 0; i < SCHEME.length(); i++) {
            char c = header.charAt(i);
            if (c >= 0x80 || (c | 0x20) != SCHEME.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isToken(String header, int from) {
        int end = header.length();
        int i = from;
        while (i < end && isTokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == from) {
            return false;
        }
        while (i < end && header.charAt(i) == '=') {
            i++;
        }
        return i == end;
    }

    private static boolean isTokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
