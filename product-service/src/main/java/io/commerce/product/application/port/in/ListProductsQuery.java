package io.commerce.product.application.port.in;

import io.commerce.contracts.core.Page;
import io.commerce.product.domain.Product;

public interface ListProductsQuery {

    Page<Product> list(ProductPageRequest request);
}
