package io.commerce.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachingReactiveJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2031-03-15T00:00:00Z");

    private final List<String> verified = new ArrayList<>();
    private final ReactiveJwtDecoder verifier = token -> Mono.defer(() -> {
        verified.add(token);
        return token.startsWith("forged") ? Mono.error(new BadJwtException("signature does not match"))
                : Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("member-1")
                        .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofMinutes(5))).build());
    });

    @Test
    void a_token_verified_once_is_not_verified_again_while_it_is_valid() {
        var decoder = new CachingReactiveJwtDecoder(verifier, 100, Clock.fixed(NOW, ZoneOffset.UTC));

        var first = decoder.decode("token-a").block();
        var second = decoder.decode("token-a").block();

        assertThat(second).isSameAs(first);
        assertThat(verified).containsExactly("token-a");
    }

    @Test
    void a_rejected_token_is_checked_every_time_and_a_remembered_one_not_past_its_expiry() {
        var early = new CachingReactiveJwtDecoder(verifier, 100, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> early.decode("forged-1").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> early.decode("forged-1").block()).isInstanceOf(BadJwtException.class);
        assertThat(verified).containsExactly("forged-1", "forged-1");

        var late = new CachingReactiveJwtDecoder(verifier, 100, Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));
        late.decode("token-b").block();
        late.decode("token-b").block();
        assertThat(verified).containsExactly("forged-1", "forged-1", "token-b", "token-b");
    }
}
