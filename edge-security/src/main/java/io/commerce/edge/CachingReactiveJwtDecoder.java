package io.commerce.edge;

import java.time.Clock;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's decoder that remembers the tokens it verified until they expire: checking the RS256 signature was
 * the biggest part of the gateway's own work per request.
 */
public final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final VerifiedTokens verified;

    public CachingReactiveJwtDecoder(ReactiveJwtDecoder verifier, int maximumSize, Clock clock) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens(maximumSize, clock);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        var known = verified.find(token);
        return known != null ? Mono.just(known) : verifier.decode(token).doOnNext(jwt -> verified.remember(token, jwt));
    }
}
