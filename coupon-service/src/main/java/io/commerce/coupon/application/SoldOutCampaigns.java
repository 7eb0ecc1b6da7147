package io.commerce.coupon.application;

import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Campaigns this instance has seen sold out, with who holds their coupons. Both are final once sold out (the
 * quantity never grows and a restored coupon goes back to its member), so a later claim is answered from memory:
 * a holder hears that they already have one (a member retrying after a timeout must not be told they missed
 * out), anyone else that none are left. Up to {@code holdersKept} members are kept per campaign; a larger
 * campaign asks the database who holds one, an indexed read and no transaction.
 */
final class SoldOutCampaigns {

    private final IssuedCouponRepository coupons;
    private final int holdersKept;
    private final Map<Long, Optional<Set<String>>> holders = new ConcurrentHashMap<>();

    SoldOutCampaigns(IssuedCouponRepository coupons, int holdersKept) {
        this.coupons = coupons;
        this.holdersKept = holdersKept;
    }

    boolean contains(long campaignId) {
        return holders.containsKey(campaignId);
    }

    /** Call only outside the claim's transaction: its own rolled-back coupon must not count as held. */
    void remember(long campaignId) {
        if (!holders.containsKey(campaignId)) {
            holders.putIfAbsent(campaignId, coupons.holdersOf(campaignId, holdersKept));
        }
    }

    /** Of a campaign remembered as sold out. */
    boolean isHeldBy(long campaignId, String memberId) {
        var known = holders.get(campaignId);
        return known.isPresent() ? known.get().contains(memberId) : coupons.isHeldBy(campaignId, memberId);
    }
}
