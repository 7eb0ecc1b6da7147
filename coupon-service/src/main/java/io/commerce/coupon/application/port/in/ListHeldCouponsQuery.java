package io.commerce.coupon.application.port.in;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.coupon.domain.CouponStatus;

/** The coupons a member holds, newest first, optionally only those in one status (as of now). */
public interface ListHeldCouponsQuery {

    Page<HeldCoupon> list(ListHeldCoupons query);

    /** @param status null for every coupon */
    record ListHeldCoupons(String memberId, CouponStatus status, PageRequest page) {

        public ListHeldCoupons {
            if (memberId == null || memberId.isBlank()) {
                throw new IllegalArgumentException("memberId is required");
            }
            if (page == null) {
                throw new IllegalArgumentException("page is required");
            }
        }
    }
}
