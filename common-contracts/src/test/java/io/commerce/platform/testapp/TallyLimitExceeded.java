package io.commerce.platform.testapp;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

class TallyLimitExceeded extends DomainException {

    TallyLimitExceeded(long limit) {
        super("TALLY_LIMIT_EXCEEDED", ErrorKind.UNPROCESSABLE, "One payment adds at most " + limit + ".");
    }
}
