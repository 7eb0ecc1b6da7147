package io.commerce.product.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** A product value (name, price, stock, quantity) outside what the catalogue accepts. */
public class InvalidProductException extends DomainException {

    public InvalidProductException(String code, String message) {
        super(code, ErrorKind.INVALID, message);
    }
}
