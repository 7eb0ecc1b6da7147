package io.commerce.platform.security;

import io.commerce.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;

import io.commerce.edge.BearerTokenHeader;
import io.commerce.edge.CachingJwtDecoder;
import io.commerce.edge.HeaderValues;
import io.commerce.edge.RolesClaim;
import io.commerce.edge.TokenIssuer;
import java.time.Clock;
import java.util.Collections;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every service is an OAuth2 resource server: a request without a valid token is a 401 before any
 * controller runs, {@code /api/v1/admin/**} needs the ADMIN role, and health and metrics stay open for
 * probes and scrapers.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class})
@EnableConfigurationProperties(CommerceSecurityProperties.class)
public class ResourceServerAutoConfiguration {

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

    /** RS256 only; signature, expiry, issuer and audience checked, as at the gateway (see TokenIssuer). */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(CommerceSecurityProperties properties, ResourceLoader resources) {
        var verifier = new TokenIssuer(properties.jwkSetUri(), properties.issuer(), properties.audience())
                .jwtDecoder(resources);
        return properties.tokenCacheSize() == 0 ? verifier
                : new CachingJwtDecoder(verifier, properties.tokenCacheSize(), Clock.systemUTC());
    }

    /**
     * Spring's rule for the {@code Authorization} header, read without its regular expression, and only one such
     * header (see BearerTokenHeader).
     */
    @Bean
    @ConditionalOnMissingBean
    BearerTokenResolver bearerTokenResolver() {
        return request -> BearerTokenHeader.tokenOfHeaders(Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)));
    }

    /**
     * Spring's strict firewall with its own rule for header names, header values and parameter names, checked
     * without the regular expression it would run each time a filter reads a header (see HeaderValues).
     */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    StrictHttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderValues::allowed);
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        firewall.setAllowedParameterNames(HeaderValues::allowed);
        return firewall;
    }

    /**
     * Spring Security keeps a firewall of its own unless told to use this one; and what it refuses (an encoded
     * {@code /} or {@code \}, {@code //}, {@code /./}, {@code ;}, a control character in the path) is a 400 problem
     * like any other, not an empty answer.
     */
    @Bean
    WebSecurityCustomizer commerceFirewall(HttpFirewall firewall) {
        return web -> web.httpFirewall(firewall).requestRejectedHandler((request, response, rejected) ->
                ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
                        "The request's path or headers are not allowed."));
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter jwtAuthenticationConverter(CommerceSecurityProperties properties) {
        return RolesClaim.authenticationConverter(properties.rolesClaim());
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain commerceSecurityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
            BearerTokenResolver bearerTokens) throws Exception {
        var problems = new ProblemAuthenticationEntryPoint();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/api/v1/admin/**", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenResolver(bearerTokens)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }
}
