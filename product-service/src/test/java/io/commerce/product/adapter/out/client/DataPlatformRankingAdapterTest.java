package io.commerce.product.adapter.out.client;

import io.commerce.localstack.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.product.adapter.out.client.DataPlatformClient.RankingResponse;
import io.commerce.product.adapter.out.client.DataPlatformClient.RankingResponse.Entry;
import io.commerce.product.adapter.out.client.RankingClientProperties.CircuitBreakerSettings;
import io.commerce.product.application.port.out.SalesRanking.RankedProduct;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Caching and falling back, without HTTP: the client is a fake and time is set by hand. */
class DataPlatformRankingAdapterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final AtomicInteger calls = new AtomicInteger();
    private Supplier<RankingResponse> answer = () -> ranking(7, 3);

    private final DataPlatformRankingAdapter adapter = new DataPlatformRankingAdapter(
            (days, limit) -> {
                calls.incrementAndGet();
                return answer.get();
            },
            CircuitBreaker.ofDefaults("test"),
            new RankingClientProperties("http://unused", Duration.ofSeconds(10), Duration.ofMillis(100),
                    Duration.ofMillis(100), new CircuitBreakerSettings(10, 5, 50, Duration.ofSeconds(30), 1)),
            clock);

    private static RankingResponse ranking(long productId, long units) {
        return new RankingResponse(List.of(new Entry(productId, units)));
    }

    @Test
    void a_ranking_is_reused_until_the_cache_time_passes() {
        var first = adapter.topSelling(3, 5);
        clock.advance(Duration.ofSeconds(9));
        adapter.topSelling(3, 5);

        assertThat(calls).hasValue(1);
        assertThat(first.products()).containsExactly(new RankedProduct(7, 3));
        assertThat(first.stale()).isFalse();

        clock.advance(Duration.ofSeconds(2));
        answer = () -> ranking(8, 4);
        var refreshed = adapter.topSelling(3, 5);

        assertThat(calls).hasValue(2);
        assertThat(refreshed.products()).containsExactly(new RankedProduct(8, 4));
    }

    @Test
    void when_the_platform_fails_the_last_good_ranking_is_served_as_stale() {
        adapter.topSelling(3, 5);
        clock.advance(Duration.ofMinutes(5));
        answer = () -> {
            throw new IllegalStateException("platform down");
        };

        var ranking = adapter.topSelling(3, 5);

        assertThat(ranking.stale()).isTrue();
        assertThat(ranking.products()).containsExactly(new RankedProduct(7, 3));
    }

    @Test
    void when_the_platform_never_answered_the_ranking_is_empty_and_stale() {
        answer = () -> {
            throw new IllegalStateException("platform down");
        };

        var ranking = adapter.topSelling(3, 5);

        assertThat(ranking.stale()).isTrue();
        assertThat(ranking.products()).isEmpty();
    }

    @Test
    void different_windows_are_cached_apart() {
        adapter.topSelling(3, 5);
        adapter.topSelling(7, 5);

        assertThat(calls).hasValue(2);
    }
}
