package io.commerce.product.application.port.in;

import io.commerce.product.domain.Product;

public interface RestockProductUseCase {

    Product restock(RestockCommand command);

    record RestockCommand(long productId, long quantity) {
    }
}
