package io.commerce.gateway.security;

import io.commerce.edge.BearerTokenHeader;
import io.commerce.edge.CachingReactiveJwtDecoder;
import io.commerce.edge.HeaderValues;
import io.commerce.edge.RolesClaim;
import io.commerce.edge.TokenIssuer;
import io.commerce.gateway.web.ProblemResponseWriter;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import io.commerce.gateway.web.ProblemResponseWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * The gateway is a resource server: no request reaches a service without a valid token, and the admin API
 * needs the ADMIN role. The services check the token again (they are resource servers too); the gateway
 * refuses early so a bad token costs no service anything. The token itself is relayed unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String[] OPEN = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**",
            "/api-docs/**"};

    /**
     * No observation around each security filter, authentication and authorization: the request's own observation
     * ({@code http.server.requests}) times and traces it already. A predicate that refuses the observations
     * ({@code management.observations.enable.spring.security=false}) still leaves Spring Security wrapping every
     * filter and creating an observation to refuse; this setting stops the wrapping itself.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            TokenProperties tokens, ProblemResponseWriter problems) {
        var handlers = new ProblemAuthenticationHandlers(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // CorsPolicyFilter answers CORS before this chain
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN).permitAll()
                        .pathMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        // everything else, unrouted paths included: an anonymous caller learns nothing about what exists
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenConverter(bearerTokens())
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(authentication(tokens)))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .build();
    }

    /**
     * Spring's rule for the {@code Authorization} header, read without its regular expression, and only one such
     * header (see BearerTokenHeader).
     */
    private static ServerAuthenticationConverter bearerTokens() {
        return exchange -> Mono.fromCallable(
                        () -> BearerTokenHeader.tokenOfHeaders(exchange.getRequest().getHeaders().get(HttpHeaders.AUTHORIZATION)))
                .map(BearerTokenAuthenticationToken::new);
    }

    /**
     * Spring's strict firewall with its own rule for header names, header values and parameter names, checked
     * without the regular expression it would run each time a filter reads a header (see HeaderValues).
     */
    @Bean
    StrictServerWebExchangeFirewall serverWebExchangeFirewall() {
        var firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderValues::allowed);
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        firewall.setAllowedParameterNames(HeaderValues::allowed);
        return firewall;
    }

    /**
     * What the firewall refuses (an encoded {@code /} or {@code \}, {@code //}, {@code /./}, {@code ;}, a control
     * character in the path) is a 400 problem like any other, not an empty answer.
     */
    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler(ProblemResponseWriter problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
                "The request's path or headers are not allowed.");
    }

    /** RS256 only; signature, expiry, issuer and audience checked, as in every service (see TokenIssuer). */
    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenProperties tokens, ResourceLoader resources) {
        var verifier = new TokenIssuer(tokens.jwkSetUri(), tokens.issuer(), tokens.audience())
                .reactiveJwtDecoder(resources);
        return tokens.tokenCacheSize() == 0 ? verifier
                : new CachingReactiveJwtDecoder(verifier, tokens.tokenCacheSize(), Clock.systemUTC());
    }

    private static ReactiveJwtAuthenticationConverterAdapter authentication(TokenProperties tokens) {
        return new ReactiveJwtAuthenticationConverterAdapter(RolesClaim.authenticationConverter(tokens.rolesClaim()));
    }
}
