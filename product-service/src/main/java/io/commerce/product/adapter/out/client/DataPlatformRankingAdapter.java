package io.commerce.product.adapter.out.client;

import io.commerce.product.application.port.out.SalesRanking;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the data platform for the ranking through a circuit breaker, keeps the last good answer and serves it
 * for a short while without asking again. When the platform is slow, failing or the circuit is open, the last
 * good answer is served and marked stale: the popular list degrades, it never fails.
 */
@Component
class DataPlatformRankingAdapter implements SalesRanking {

    private static final Logger log = LoggerFactory.getLogger(DataPlatformRankingAdapter.class);

    private final DataPlatformClient client;
    private final CircuitBreaker breaker;
    private final RankingClientProperties properties;
    private final Clock clock;
    private final Map<Window, Fetched> lastGood = new ConcurrentHashMap<>();

    DataPlatformRankingAdapter(DataPlatformClient client, CircuitBreaker breaker, RankingClientProperties properties,
            Clock clock) {
        this.client = client;
        this.breaker = breaker;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Ranking topSelling(int days, int limit) {
        var window = new Window(days, limit);
        var cached = lastGood.get(window);
        var now = clock.instant();
        if (cached != null && now.isBefore(cached.at().plus(properties.cacheTtl()))) {
            return new Ranking(cached.products(), false);
        }
        try {
            var response = breaker.executeSupplier(() -> client.productRanking(days, limit));
            var products = response.products().stream()
                    .map(e -> new RankedProduct(e.productId(), e.unitsSold()))
                    .toList();
            lastGood.put(window, new Fetched(products, now));
            return new Ranking(products, false);
        } catch (CallNotPermittedException e) {
            log.debug("Ranking circuit is open; serving the last good ranking");
            return stale(cached);
        } catch (RuntimeException e) {
            log.warn("Could not fetch the ranking ({}); serving the last good ranking", e.toString());
            return stale(cached);
        }
    }

    private static Ranking stale(Fetched cached) {
        return new Ranking(cached == null ? List.of() : cached.products(), true);
    }

    private record Window(int days, int limit) {
    }

    private record Fetched(List<RankedProduct> products, Instant at) {
    }
}
