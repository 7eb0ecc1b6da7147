package io.commerce.dataplatform.application.port.in;

import io.commerce.dataplatform.domain.ProductRanking;

/** Best-selling products of the last {@code days} calendar days (today included), at most {@code limit}. */
public interface ProductRankingQuery {

    ProductRanking topProducts(int days, int limit);
}
