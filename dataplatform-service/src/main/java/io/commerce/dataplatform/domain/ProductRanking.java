package io.commerce.dataplatform.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Best sellers of a window: most units first, ties broken by the lower product id so the same sales
 * always give the same ranking.
 */
public record ProductRanking(SalesWindow window, ZoneId zone, List<Entry> entries) {

    public static final int MAX_LIMIT = 100;

    public static final Comparator<ProductSales> ORDER = Comparator.comparingLong(ProductSales::unitsSold).reversed()
            .thenComparingLong(ProductSales::productId);

    public record Entry(int rank, long productId, long unitsSold) {
    }

    public ProductRanking {
        entries = List.copyOf(entries);
    }

    public static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRankingRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Ranks {@code sales} (in any order) and keeps the first {@code limit}. */
    public static ProductRanking of(SalesWindow window, ZoneId zone, List<ProductSales> sales, int limit) {
        checkLimit(limit);
        var sorted = sales.stream().filter(s -> s.unitsSold() > 0).sorted(ORDER).limit(limit).toList();
        var entries = new ArrayList<Entry>();
        for (var s : sorted) {
            entries.add(new Entry(entries.size() + 1, s.productId(), s.unitsSold()));
        }
        return new ProductRanking(window, zone, entries);
    }
}
