package io.commerce.product.adapter.in.web;

import io.commerce.product.application.port.in.PopularProductsQuery.PopularProducts;
import java.util.List;

/** {@code stale} is true when the ranking is the last one the data platform gave, because it cannot be asked now. */
public record PopularProductsResponse(List<Entry> products, int days, boolean stale) {

    public record Entry(int rank, long id, String name, long price, long stock, long unitsSold) {
    }

    static PopularProductsResponse of(PopularProducts popular) {
        return new PopularProductsResponse(popular.products().stream()
                .map(p -> new Entry(p.rank(), p.product().id(), p.product().name(), p.product().price(),
                        p.product().stock(), p.unitsSold()))
                .toList(), popular.days(), popular.stale());
    }
}
