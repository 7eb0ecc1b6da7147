package io.commerce.coupon.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** The claim came before the campaign opened or after it closed. */
public class CouponNotActiveException extends DomainException {

    public CouponNotActiveException(long campaignId) {
        super("COUPON_NOT_ACTIVE", ErrorKind.UNPROCESSABLE, "Campaign " + campaignId + " is not open for claims now.");
    }
}
