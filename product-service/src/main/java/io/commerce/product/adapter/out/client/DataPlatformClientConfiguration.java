package io.commerce.product.adapter.out.client;

import feign.Request;
import feign.RequestInterceptor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The Feign client's own beans (deliberately not a {@code @Configuration}: they belong to this client only).
 * The data platform is a resource server like us, so the caller's bearer token is relayed; the calls run
 * on the request's thread, where the security context is.
 */
class DataPlatformClientConfiguration {

    @Bean
    Request.Options dataPlatformTimeouts(RankingClientProperties properties) {
        return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
    }

    @Bean
    RequestInterceptor bearerTokenRelay() {
        return template -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
                template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
            }
        };
    }
}
