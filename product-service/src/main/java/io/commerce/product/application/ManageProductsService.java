package io.commerce.product.application;

import io.commerce.product.application.port.in.ChangePriceUseCase;
import io.commerce.product.application.port.in.CreateProductUseCase;
import io.commerce.product.application.port.in.RestockProductUseCase;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.domain.Product;
import io.commerce.product.domain.ProductNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operator changes to the catalogue. Each locks the product row, so it never loses a concurrent reservation. */
@Service
@Transactional
class ManageProductsService implements CreateProductUseCase, ChangePriceUseCase, RestockProductUseCase {

    private final ProductRepository products;

    ManageProductsService(ProductRepository products) {
        this.products = products;
    }

    @Override
    public Product create(CreateProductCommand command) {
        return products.save(Product.create(command.name(), command.price(), command.initialStock()));
    }

    @Override
    public Product changePrice(ChangePriceCommand command) {
        var product = locked(command.productId());
        product.changePrice(command.newPrice());
        return products.save(product);
    }

    @Override
    public Product restock(RestockCommand command) {
        var product = locked(command.productId());
        product.restock(command.quantity());
        return products.save(product);
    }

    private Product locked(long productId) {
        return products.lockById(productId).orElseThrow(() -> new ProductNotFoundException(productId));
    }
}
