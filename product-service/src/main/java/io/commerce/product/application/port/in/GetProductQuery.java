package io.commerce.product.application.port.in;

import io.commerce.product.domain.Product;

public interface GetProductQuery {

    /** @throws io.commerce.product.domain.ProductNotFoundException if there is no such product */
    Product get(long productId);
}
