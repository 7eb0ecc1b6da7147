package io.commerce.balance.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

public class InvalidChargeAmountException extends DomainException {

    public InvalidChargeAmountException(String message) {
        super("INVALID_AMOUNT", ErrorKind.INVALID, message);
    }
}
