package io.commerce.coupon.application;

import io.commerce.coupon.application.port.in.RestoreCouponUseCase;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository.Outcome;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RestoreCouponService implements RestoreCouponUseCase {

    private final IssuedCouponRepository coupons;
    private final CouponRedemptionRepository redemptions;
    private final Clock clock;

    public RestoreCouponService(IssuedCouponRepository coupons, CouponRedemptionRepository redemptions, Clock clock) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void restore(UUID orderId) {
        redemptions.findByOrderForUpdate(orderId)
                .filter(redemption -> redemption.outcome() == Outcome.APPLIED)
                .ifPresent(redemption -> {
                    coupons.findByIdForUpdate(redemption.couponId()).ifPresent(coupon -> {
                        if (coupon.restoreFrom(orderId)) {
                            coupons.saveUse(coupon);
                        }
                    });
                    redemptions.markRestored(orderId, clock.instant());
                });
    }
}
