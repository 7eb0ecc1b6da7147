package io.commerce.product.application.port.in;

import io.commerce.product.domain.Product;

public interface CreateProductUseCase {

    Product create(CreateProductCommand command);

    record CreateProductCommand(String name, long price, long initialStock) {
    }
}
