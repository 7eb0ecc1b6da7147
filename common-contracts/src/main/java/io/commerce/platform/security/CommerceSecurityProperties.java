package io.commerce.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the token signing keys are and what a token must say.
 *
 * @param jwkSetUri  the JWK set: {@code https://issuer/.well-known/jwks.json} in production, or a
 *                   {@code file:}/{@code classpath:} resource the local stack writes
 * @param issuer     the required {@code iss}
 * @param audience   the required {@code aud}
 * @param rolesClaim the claim holding the member's roles
 * The key set and issuer are checked when the decoder is built, so a web slice test that brings its own
 * decoder needs neither.
 */
@Validated
@ConfigurationProperties("commerce.security")
public record CommerceSecurityProperties(
        String jwkSetUri,
        String issuer,
        @NotBlank String audience,
        @NotBlank String rolesClaim,
        @PositiveOrZero Integer tokenCacheSize) {

    public CommerceSecurityProperties {
        tokenCacheSize = tokenCacheSize == null ? 10_000 : tokenCacheSize;
    }
}
