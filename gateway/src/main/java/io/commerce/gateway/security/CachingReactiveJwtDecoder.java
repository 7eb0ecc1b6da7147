package io.commerce.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens the gateway has verified, by their exact text, until they expire: a member sends the same
 * token with every request, and checking its RS256 signature is the biggest part of the gateway's own work per
 * request. Rejected tokens are not kept; a kept one is served only while its {@code exp} is in the future. The
 * services do the same with their servlet decoder (common-contracts' {@code CachingJwtDecoder}).
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder verifier, int maximumSize, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(Duration.ofMinutes(10)).build();
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        var known = verified.getIfPresent(token);
        if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(clock.instant())) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }
}
