package io.commerce.gateway.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the token signing keys are and what a token must say; the same properties the services read, so one
 * set of environment variables configures the whole suite.
 *
 * @param jwkSetUri  {@code https://issuer/.well-known/jwks.json} in production, or a {@code file:}/{@code classpath:}
 *                   key set such as the one the local stack writes
 * @param issuer     the required {@code iss}
 * @param audience   the required {@code aud}
 * @param rolesClaim the claim holding the member's roles
 * @param tokenCacheSize how many verified tokens are remembered until they expire (0: verify every request)
 */
@Validated
@ConfigurationProperties("commerce.security")
public record TokenProperties(
        @NotBlank String jwkSetUri,
        @NotBlank String issuer,
        @DefaultValue("commerce-api") @NotBlank String audience,
        @DefaultValue("roles") @NotBlank String rolesClaim,
        @DefaultValue("10000") @PositiveOrZero int tokenCacheSize) {
}
