package io.commerce.product.application.port.in;

import io.commerce.product.domain.Product;
import java.util.List;

/** The best sellers of the last few days, with their current details. */
public interface PopularProductsQuery {

    PopularProducts popular();

    /**
     * @param stale true when the data platform could not be asked and this is the last ranking it gave
     *              (or, if it never answered, an empty one)
     */
    record PopularProducts(List<PopularProduct> products, int days, boolean stale) {
    }

    record PopularProduct(int rank, Product product, long unitsSold) {
    }
}
