package io.commerce.product.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** A restock would take a product's stock past the ceiling. */
public class StockLimitExceededException extends DomainException {

    public StockLimitExceededException(Long productId, long ceiling) {
        super("STOCK_LIMIT_EXCEEDED", ErrorKind.UNPROCESSABLE,
                "Product " + productId + " cannot hold more than " + ceiling + " units.");
    }
}
