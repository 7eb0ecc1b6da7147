package io.commerce.platform.testapp;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

class TallyNotFound extends DomainException {

    TallyNotFound(String member) {
        super("TALLY_NOT_FOUND", ErrorKind.NOT_FOUND, "Nothing has been paid to " + member + " yet.");
    }
}
