package io.commerce.order.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** No such order for this member; another member's order is not found either, so ids reveal nothing. */
public class OrderNotFoundException extends DomainException {

    public OrderNotFoundException() {
        super("ORDER_NOT_FOUND", ErrorKind.NOT_FOUND, "There is no such order.");
    }
}
