package io.commerce.order.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** Only a completed order, within the cancellation window, can be cancelled. */
public class OrderNotCancellableException extends DomainException {

    public OrderNotCancellableException(String message) {
        super("ORDER_NOT_CANCELLABLE", ErrorKind.CONFLICT, message);
    }
}
