package io.commerce.product.application;

import io.commerce.contracts.core.Page;
import io.commerce.product.application.port.in.GetProductQuery;
import io.commerce.product.application.port.in.ListProductsQuery;
import io.commerce.product.application.port.in.ProductPageRequest;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.domain.Product;
import io.commerce.product.domain.ProductNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProductCatalogService implements ListProductsQuery, GetProductQuery {

    private final ProductRepository products;

    ProductCatalogService(ProductRepository products) {
        this.products = products;
    }

    @Override
    public Page<Product> list(ProductPageRequest request) {
        return products.findPage(request);
    }

    @Override
    public Product get(long productId) {
        return products.findById(productId).orElseThrow(() -> new ProductNotFoundException(productId));
    }
}
