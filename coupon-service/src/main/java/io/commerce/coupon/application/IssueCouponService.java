package io.commerce.coupon.application;

import io.commerce.coupon.application.port.in.IssueCouponUseCase;
import io.commerce.coupon.application.port.out.CampaignRepository;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import io.commerce.coupon.domain.CampaignNotFoundException;
import io.commerce.coupon.domain.CouponAlreadyIssuedException;
import io.commerce.coupon.domain.CouponCampaign;
import io.commerce.coupon.domain.CouponSoldOutException;
import io.commerce.coupon.domain.IssuedCoupon;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The hot path (docs/adr/0001-first-come-first-served-coupons.md). PostgreSQL decides every issuance; memory
 * only answers what can no longer change:
 * <ul>
 *   <li>a campaign's terms (name, discount, window, validity) are fixed at creation, so they are read once;</li>
 *   <li>"sold out" is final (the quantity never grows and a restored coupon goes back to its member, not to the
 *       stock), so once the database has said it, later claims are refused without a connection.</li>
 * </ul>
 * The transaction is opened only after those checks, so a rejection never waits for a pooled connection.
 * Inside it the member's coupon is inserted first and the counter row is taken last: the row lock every claim
 * queues for is held only for one UPDATE and the commit, and a member's repeated claim never touches it.
 */
@Service
public class IssueCouponService implements IssueCouponUseCase {

    private final CampaignRepository campaigns;
    private final IssuedCouponRepository coupons;
    private final TransactionOperations transactions;
    private final Clock clock;

    private final Map<Long, CouponCampaign> terms = new ConcurrentHashMap<>();
    private final Set<Long> soldOut = ConcurrentHashMap.newKeySet();

    public IssueCouponService(CampaignRepository campaigns, IssuedCouponRepository coupons,
            TransactionOperations transactions, Clock clock) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public IssuedCoupon issue(IssueCouponCommand command) {
        long campaignId = command.campaignId();
        var coupon = termsOf(campaignId).issueTo(command.memberId(), clock.instant());
        if (soldOut.contains(campaignId)) {
            throw new CouponSoldOutException(campaignId);
        }
        return transactions.execute(status -> {
            var issued = coupons.addIfMemberHasNone(coupon)
                    .orElseThrow(() -> new CouponAlreadyIssuedException(campaignId));
            if (!campaigns.takeOneFromStock(campaignId)) {
                // The UPDATE saw the committed count at the quantity: no later claim can succeed.
                soldOut.add(campaignId);
                throw new CouponSoldOutException(campaignId);
            }
            return issued;
        });
    }

    private CouponCampaign termsOf(long campaignId) {
        var known = terms.get(campaignId);
        if (known != null) {
            return known;
        }
        // Not found is not remembered: the id may belong to a campaign created a moment later.
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (!campaign.hasStockLeft()) {
            soldOut.add(campaignId);
        }
        terms.putIfAbsent(campaignId, campaign);
        return campaign;
    }
}
