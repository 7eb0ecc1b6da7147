package io.commerce.gateway.ratelimit;

import io.commerce.localstack.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

class InMemoryRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryRateLimiter limiter =
            new InMemoryRateLimiter(new RateLimitProperties.Limit(2, 3), clock);

    @Test
    void a_member_may_use_the_whole_burst_at_once_and_is_then_told_when_to_come_back() {
        for (int i = 0; i < 3; i++) {
            assertThat(ask("member:a").isAllowed()).isTrue();
        }

        var refused = ask("member:a");

        assertThat(refused.isAllowed()).isFalse();
        // 2 requests per second: the next token is 500 ms away
        assertThat(refused.getHeaders()).containsEntry(InMemoryRateLimiter.RETRY_AFTER_MILLIS, "500");
    }

    @Test
    void tokens_come_back_at_the_configured_rate_and_never_beyond_the_burst() {
        drain("member:a");

        clock.advance(Duration.ofMillis(500));
        assertThat(ask("member:a").isAllowed()).isTrue();
        assertThat(ask("member:a").isAllowed()).isFalse();

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(ask("member:a").isAllowed()).isTrue();
        }
        assertThat(ask("member:a").isAllowed()).isFalse();
    }

    @Test
    void members_do_not_share_a_bucket() {
        drain("member:a");

        assertThat(ask("member:b").isAllowed()).isTrue();
    }

    @Test
    void the_route_does_not_matter_one_limiter_is_one_limit() {
        drain("member:a");

        assertThat(limiter.isAllowed("another-route", "member:a").block().isAllowed()).isFalse();
    }

    @Test
    void buckets_that_have_refilled_are_forgotten_so_memory_follows_recent_callers() {
        drain("address:10.0.0.1");
        ask("address:10.0.0.2");
        assertThat(limiter.trackedKeys()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(2));
        ask("member:a");

        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void a_forgotten_bucket_comes_back_full_which_is_what_it_would_have_been() {
        drain("member:a");
        clock.advance(Duration.ofMinutes(2));
        ask("member:b");

        for (int i = 0; i < 3; i++) {
            assertThat(ask("member:a").isAllowed()).isTrue();
        }
        assertThat(ask("member:a").isAllowed()).isFalse();
    }

    private void drain(String key) {
        while (ask(key).isAllowed()) {
            // take every token
        }
    }

    private RateLimiter.Response ask(String key) {
        return limiter.isAllowed("route", key).block();
    }
}
