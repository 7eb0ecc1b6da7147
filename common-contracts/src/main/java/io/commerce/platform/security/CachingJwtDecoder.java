package io.commerce.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it has verified, by their exact text, until they expire. Checking an RS256 signature and
 * parsing the claims was a quarter of a request's CPU in order-service, and a member sends the same token with
 * every request until it expires. Only verified tokens are kept, so a rejected token is checked every time; a
 * kept token is served only while its {@code exp} is in the future (the first check allows clock skew; a hit
 * does not).
 */
final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    CachingJwtDecoder(JwtDecoder verifier, int maximumSize, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(Duration.ofMinutes(10)).build();
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var known = verified.getIfPresent(token);
        if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(clock.instant())) {
            return known;
        }
        var jwt = verifier.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
