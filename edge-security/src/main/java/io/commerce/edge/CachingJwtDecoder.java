package io.commerce.edge;

import java.time.Clock;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A servlet service's decoder that remembers the tokens it verified until they expire. Checking an RS256
 * signature and parsing the claims was a quarter of a request's CPU in order-service, and a member sends the same
 * token with every request until it expires.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifier;
    private final VerifiedTokens verified;

    public CachingJwtDecoder(JwtDecoder verifier, int maximumSize, Clock clock) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens(maximumSize, clock);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var known = verified.find(token);
        if (known != null) {
            return known;
        }
        var jwt = verifier.decode(token);
        verified.remember(token, jwt);
        return jwt;
    }
}
