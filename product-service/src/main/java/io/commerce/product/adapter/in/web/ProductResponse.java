package io.commerce.product.adapter.in.web;

import io.commerce.product.domain.Product;

public record ProductResponse(long id, String name, long price, long stock) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.id(), product.name(), product.price(), product.stock());
    }
}
