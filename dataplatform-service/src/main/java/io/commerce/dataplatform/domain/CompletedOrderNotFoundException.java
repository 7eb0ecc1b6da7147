package io.commerce.dataplatform.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;
import java.util.UUID;

public class CompletedOrderNotFoundException extends DomainException {

    public CompletedOrderNotFoundException(UUID orderId) {
        super("ORDER_NOT_FOUND", ErrorKind.NOT_FOUND, "No completed order " + orderId + " was received.");
    }
}
