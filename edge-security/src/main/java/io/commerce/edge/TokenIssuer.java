package io.commerce.edge;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.List;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Who signs the suite's tokens and what a token must say, as {@code commerce.security.*} configures it for the
 * gateway and every service alike. Both decoders accept RS256 only and check the signature against the
 * {@link SigningKeys}, the expiry and not-before time (with Spring's 60 s of clock skew), the issuer, the audience
 * and the subject ({@link SubjectClaim}). A token must carry {@code exp}: Spring accepts one without it, which
 * would be valid for ever.
 *
 * @param jwkSetUri where the signing keys are, see {@link SigningKeys#at}
 * @param issuer    the required {@code iss}
 * @param audience  a value the {@code aud} claim must contain
 */
public record TokenIssuer(String jwkSetUri, String issuer, String audience) {

    public TokenIssuer {
        if (isBlank(jwkSetUri) || isBlank(issuer)) {
            throw new IllegalStateException(
                    "Set commerce.security.jwk-set-uri and commerce.security.issuer (COMMERCE_JWK_SET_URI, COMMERCE_TOKEN_ISSUER)");
        }
        if (isBlank(audience)) {
            throw new IllegalStateException("Set commerce.security.audience");
        }
    }

    /** A servlet service's decoder; a local key set is read now. */
    public JwtDecoder jwtDecoder(ResourceLoader resources) {
        var decoder = switch (SigningKeys.at(jwkSetUri, resources)) {
            case SigningKeys.Published published ->
                    NimbusJwtDecoder.withJwkSetUri(published.jwkSetUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
            case SigningKeys.Fixed fixed -> new NimbusJwtDecoder(processorFor(fixed.keys()));
        };
        decoder.setJwtValidator(validator());
        return decoder;
    }

    /** The gateway's decoder (needs Reactor, which only the gateway has); a local key set is read now. */
    public ReactiveJwtDecoder reactiveJwtDecoder(ResourceLoader resources) {
        return ReactiveTokenDecoders.verifying(SigningKeys.at(jwkSetUri, resources), validator());
    }

    /** Expiry (required) and not-before, issuer, audience, subject: what both decoders check once the signature holds. */
    OAuth2TokenValidator<Jwt> validator() {
        var timestamps = new JwtTimestampValidator();
        timestamps.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithValidators(timestamps, new JwtIssuerValidator(issuer)),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, sub -> sub instanceof String s && SubjectClaim.isValid(s)));
    }

    private static DefaultJWTProcessor<SecurityContext> processorFor(JWKSet keys) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
        // Spring's validators check the claims; Nimbus would otherwise demand its own set.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
