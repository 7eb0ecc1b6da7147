package io.commerce.coupon.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** A campaign's terms break a rule (window, quantity, discount, validity, name). */
public class InvalidCampaignException extends DomainException {

    public InvalidCampaignException(String message) {
        super("INVALID_CAMPAIGN", ErrorKind.INVALID, message);
    }
}
