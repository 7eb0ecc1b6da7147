package io.commerce.dataplatform.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

public class InvalidRankingRequestException extends DomainException {

    public InvalidRankingRequestException(String message) {
        super("INVALID_RANKING_REQUEST", ErrorKind.INVALID, message);
    }
}
