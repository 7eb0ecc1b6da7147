package io.commerce.coupon.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** One coupon per member per campaign. */
public class CouponAlreadyIssuedException extends DomainException {

    public CouponAlreadyIssuedException(long campaignId) {
        super("COUPON_ALREADY_ISSUED", ErrorKind.CONFLICT, "You already hold a coupon of campaign " + campaignId + ".");
    }
}
