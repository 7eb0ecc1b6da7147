package io.commerce.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens already verified, by their exact text. Only verified tokens are put here, so a rejected one is checked
 * every time; a kept one is handed out only while its {@code exp} is in the future (the verifier's first check
 * allows clock skew; a hit does not).
 */
final class VerifiedTokens {

    private final Cache<String, Jwt> verified;
    private final Clock clock;

    VerifiedTokens(int maximumSize, Clock clock) {
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(Duration.ofMinutes(10)).build();
        this.clock = clock;
    }

    /** The verified token, or {@code null} if it is not known or has expired since. */
    Jwt find(String token) {
        var known = verified.getIfPresent(token);
        return known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(clock.instant())
                ? known : null;
    }

    void remember(String token, Jwt jwt) {
        verified.put(token, jwt);
    }
}
