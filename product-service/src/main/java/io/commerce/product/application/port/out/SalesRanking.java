package io.commerce.product.application.port.out;

import java.util.List;

/** Who sells best: product ids ranked by units sold over the last {@code days} days. */
public interface SalesRanking {

    /** Never fails: when the ranking cannot be fetched the answer is the last good one, marked stale. */
    Ranking topSelling(int days, int limit);

    record Ranking(List<RankedProduct> products, boolean stale) {

        public Ranking {
            products = List.copyOf(products);
        }
    }

    record RankedProduct(long productId, long unitsSold) {
    }
}
