package io.commerce.dataplatform.domain;

/** Units of one product sold over a window. */
public record ProductSales(long productId, long unitsSold) {
}
