package io.commerce.product.application.port.in;

public interface ListProductsQuery {

    ProductPage list(ProductPageRequest request);
}
