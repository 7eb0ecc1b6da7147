package io.commerce.coupon.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** Every coupon of the campaign has been claimed. Final: a campaign's quantity never grows back. */
public class CouponSoldOutException extends DomainException {

    public CouponSoldOutException(long campaignId) {
        super("COUPON_SOLD_OUT", ErrorKind.CONFLICT, "Campaign " + campaignId + " has no coupons left.");
    }

    /**
     * After a sell-out this is thrown for almost every claim, at the rate members press the button; the stack
     * trace would cost more than the rejection itself and says nothing the code does not.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
