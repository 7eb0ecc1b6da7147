package io.commerce.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Builds the one JWT decoder every service uses: RS256 only, issuer, audience and expiry checked. */
final class JwtDecoders {

    private JwtDecoders() {
    }

    static JwtDecoder from(CommerceSecurityProperties properties, ResourceLoader resources) {
        var location = properties.jwkSetUri();
        if (location == null || location.isBlank() || properties.issuer() == null || properties.issuer().isBlank()) {
            throw new IllegalStateException(
                    "Set commerce.security.jwk-set-uri and commerce.security.issuer (COMMERCE_JWK_SET_URI, COMMERCE_TOKEN_ISSUER)");
        }
        NimbusJwtDecoder decoder = location.startsWith("http://") || location.startsWith("https://")
                ? NimbusJwtDecoder.withJwkSetUri(location).jwsAlgorithm(
                        org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256).build()
                : new NimbusJwtDecoder(processorFor(readKeySet(location, resources)));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(properties.audience()))));
        return decoder;
    }

    private static JWKSet readKeySet(String location, ResourceLoader resources) {
        try (var in = resources.getResource(location).getInputStream()) {
            return JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWK set at " + location, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWK set at " + location + " is not valid", e);
        }
    }

    private static DefaultJWTProcessor<SecurityContext> processorFor(JWKSet keys) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
        // Spring's validators check the claims; Nimbus would otherwise demand its own set.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor;
    }
}
