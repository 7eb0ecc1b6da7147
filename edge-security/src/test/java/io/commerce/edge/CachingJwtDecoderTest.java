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
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2031-03-15T00:00:00Z");

    private final List<String> verified = new ArrayList<>();
    private Instant expiry = NOW.plus(Duration.ofHours(1));
    private final JwtDecoder verifier = token -> {
        verified.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("member-1").issuedAt(NOW.minusSeconds(60))
                .expiresAt(expiry).build();
    };

    @Test
    void a_token_verified_once_is_not_verified_again_while_it_is_valid() {
        var decoder = decoderAt(NOW);

        var first = decoder.decode("token-a");
        var second = decoder.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verified).containsExactly("token-a");
    }

    @Test
    void a_rejected_token_is_checked_every_time() {
        var decoder = decoderAt(NOW);

        assertThatThrownBy(() -> decoder.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged-1")).isInstanceOf(BadJwtException.class);

        assertThat(verified).containsExactly("forged-1", "forged-1");
    }

    @Test
    void a_remembered_token_past_its_expiry_goes_back_to_the_verifier() {
        expiry = NOW.plusSeconds(30);
        var clock = new MovableClock(NOW);
        var decoder = new CachingJwtDecoder(verifier, 100, clock);
        decoder.decode("token-b");

        clock.now = NOW.plusSeconds(31);
        decoder.decode("token-b");

        assertThat(verified).containsExactly("token-b", "token-b");
    }

    private CachingJwtDecoder decoderAt(Instant now) {
        return new CachingJwtDecoder(verifier, 100, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
