package io.commerce.product.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

public class ProductNotFoundException extends DomainException {

    public ProductNotFoundException(long productId) {
        super("PRODUCT_NOT_FOUND", ErrorKind.NOT_FOUND, "There is no product " + productId + ".");
    }
}
