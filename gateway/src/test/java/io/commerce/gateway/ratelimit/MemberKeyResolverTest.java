package io.commerce.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

class MemberKeyResolverTest {

    private final MemberKeyResolver resolver = new MemberKeyResolver();

    @Test
    void an_authenticated_request_is_limited_per_member_whatever_address_it_comes_from() {
        var jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("member-42")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        var exchange = MockServerWebExchange.from(requestFrom("10.0.0.7")).mutate()
                .principal(Mono.just(new JwtAuthenticationToken(jwt))).build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("member:member-42");
    }

    @Test
    void an_anonymous_request_is_limited_per_client_address() {
        var exchange = MockServerWebExchange.from(requestFrom("10.0.0.7"));

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:10.0.0.7");
    }

    @Test
    void a_spoofed_forwarded_for_header_does_not_change_the_address() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api-docs/product")
                .remoteAddress(new InetSocketAddress("10.0.0.7", 50000))
                .header("X-Forwarded-For", "203.0.113.9"));

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:10.0.0.7");
    }

    private static MockServerHttpRequest.BaseBuilder<?> requestFrom(String address) {
        return MockServerHttpRequest.get("/api/v1/products").remoteAddress(new InetSocketAddress(address, 50000));
    }
}
