package io.commerce.product.application;

import io.commerce.product.application.port.in.PopularProductsQuery;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.application.port.out.SalesRanking;
import io.commerce.product.domain.Product;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The data platform ranks product ids; the catalogue adds what they are and cost now. */
@Service
class PopularProductsService implements PopularProductsQuery {

    private final SalesRanking ranking;
    private final ProductRepository products;
    private final PopularProductsProperties properties;

    PopularProductsService(SalesRanking ranking, ProductRepository products, PopularProductsProperties properties) {
        this.ranking = ranking;
        this.products = products;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public PopularProducts popular() {
        var ranked = ranking.topSelling(properties.days(), properties.limit());
        var ids = ranked.products().stream().map(SalesRanking.RankedProduct::productId).toList();
        var found = products.findAllById(ids).stream().collect(Collectors.toMap(Product::id, Function.identity()));
        var popular = new ArrayList<PopularProduct>();
        for (var entry : ranked.products()) {
            var product = found.get(entry.productId());
            // A product that has left the catalogue is skipped; the ones after it move up.
            if (product != null && popular.size() < properties.limit()) {
                popular.add(new PopularProduct(popular.size() + 1, product, entry.unitsSold()));
            }
        }
        return new PopularProducts(popular, properties.days(), ranked.stale());
    }
}
