package io.commerce.coupon.application;

import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.coupon.application.port.in.ApplyCouponToOrderUseCase;
import io.commerce.coupon.application.port.out.CouponEvents;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository.Outcome;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import io.commerce.coupon.domain.CouponUse;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ApplyCouponToOrderService implements ApplyCouponToOrderUseCase {

    private final IssuedCouponRepository coupons;
    private final CouponRedemptionRepository redemptions;
    private final CouponEvents events;
    private final Clock clock;

    public ApplyCouponToOrderService(IssuedCouponRepository coupons, CouponRedemptionRepository redemptions,
            CouponEvents events, Clock clock) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void apply(ApplyCouponCommand command) {
        var now = clock.instant();
        if (!redemptions.startIfFirst(command.orderId(), command.couponId(), now)) {
            return; // this order was decided before: same answer already published, nothing to change
        }
        // The row lock makes two orders racing for one coupon decide one after the other.
        var use = coupons.findByIdForUpdate(command.couponId())
                .map(coupon -> {
                    var outcome = coupon.useFor(command.orderId(), command.memberId(), now);
                    if (outcome instanceof CouponUse.Applied) {
                        coupons.saveUse(coupon);
                    }
                    return outcome;
                })
                .orElseGet(() -> new CouponUse.Rejected(command.couponId(), CouponRejectionReason.COUPON_NOT_FOUND));
        switch (use) {
            case CouponUse.Applied applied -> {
                redemptions.decide(command.orderId(), Outcome.APPLIED, null);
                events.applied(command.orderId(), applied.couponId(), applied.discount());
            }
            case CouponUse.Rejected rejected -> {
                redemptions.decide(command.orderId(), Outcome.REJECTED, rejected.reason().name());
                events.rejected(command.orderId(), rejected.couponId(), rejected.reason());
            }
        }
    }
}
