package io.commerce.order.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** An order that breaks a rule of ordering (too many lines, too many of one product, a product twice ...). */
public class InvalidOrderException extends DomainException {

    public InvalidOrderException(String code, String message) {
        super(code, ErrorKind.INVALID, message);
    }
}
