package io.commerce.coupon.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

/** The member holds no coupon with this id (someone else's coupon reads the same as a missing one). */
public class CouponNotFoundException extends DomainException {

    public CouponNotFoundException(long couponId) {
        super("COUPON_NOT_FOUND", ErrorKind.NOT_FOUND, "You hold no coupon " + couponId + ".");
    }
}
