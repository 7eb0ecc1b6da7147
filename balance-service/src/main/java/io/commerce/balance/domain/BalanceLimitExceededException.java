package io.commerce.balance.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

public class BalanceLimitExceededException extends DomainException {

    public BalanceLimitExceededException(long ceiling) {
        super("BALANCE_LIMIT_EXCEEDED", ErrorKind.UNPROCESSABLE,
                "This charge would take the balance above " + ceiling + " KRW.");
    }
}
