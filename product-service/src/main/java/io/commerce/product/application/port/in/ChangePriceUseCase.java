package io.commerce.product.application.port.in;

import io.commerce.product.domain.Product;

/** A new price applies to reservations decided from now on; stock already reserved keeps its price. */
public interface ChangePriceUseCase {

    Product changePrice(ChangePriceCommand command);

    record ChangePriceCommand(long productId, long newPrice) {
    }
}
