package io.commerce.coupon.application;

import io.commerce.contracts.core.Page;
import io.commerce.coupon.application.port.in.GetHeldCouponQuery;
import io.commerce.coupon.application.port.in.ListHeldCouponsQuery;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import io.commerce.coupon.domain.CouponNotFoundException;
import io.commerce.coupon.application.port.in.HeldCoupon;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class HeldCouponQueryService implements ListHeldCouponsQuery, GetHeldCouponQuery {

    private final IssuedCouponRepository coupons;
    private final Clock clock;

    public HeldCouponQueryService(IssuedCouponRepository coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public Page<HeldCoupon> list(ListHeldCoupons query) {
        var now = clock.instant();
        return coupons.findHeldBy(query.memberId(), query.status(), now, query.page())
                .map(coupon -> new HeldCoupon(coupon, coupon.statusAt(now)));
    }

    @Override
    public HeldCoupon get(String memberId, long couponId) {
        var now = clock.instant();
        return coupons.findById(couponId)
                .filter(coupon -> coupon.memberId().equals(memberId))
                .map(coupon -> new HeldCoupon(coupon, coupon.statusAt(now)))
                .orElseThrow(() -> new CouponNotFoundException(couponId));
    }
}
