package io.commerce.edge;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * {@link TokenIssuer#reactiveJwtDecoder}'s Reactor-typed part, in a class of its own so that a servlet service, which
 * has no Reactor, never loads it.
 */
final class ReactiveTokenDecoders {

    private ReactiveTokenDecoders() {
    }

    static ReactiveJwtDecoder verifying(SigningKeys keys, OAuth2TokenValidator<Jwt> validator) {
        var decoder = switch (keys) {
            case SigningKeys.Published published -> NimbusReactiveJwtDecoder.withJwkSetUri(published.jwkSetUri())
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
            case SigningKeys.Fixed fixed -> NimbusReactiveJwtDecoder
                    .withJwkSource(jwt -> Flux.fromIterable(fixed.keys().getKeys()))
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        };
        decoder.setJwtValidator(validator);
        return decoder;
    }
}
