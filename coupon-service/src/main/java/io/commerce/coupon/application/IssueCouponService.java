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
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The hot path (docs/adr/0001-first-come-first-served-coupons.md). PostgreSQL decides every issuance; memory
 * only answers what can no longer change:
 * <ul>
 *   <li>a campaign's terms (name, discount, window, validity) are fixed at creation, so they are read once;</li>
 *   <li>"sold out" is final (the quantity never grows and a restored coupon goes back to its member, not to the
 *       stock), and so is who holds one: once the database has said it, later claims are answered without a
 *       transaction ({@link SoldOutCampaigns}).</li>
 * </ul>
 * The transaction is opened only after those checks, so a rejection never waits for a pooled connection.
 * Inside it the member's coupon is inserted first and the counter row is taken last: the row lock every claim
 * queues for is held only for one UPDATE and the commit, and a member's repeated claim never touches it.
 */
@Service
public class IssueCouponService implements IssueCouponUseCase {

    /** Holders of a sold-out campaign kept in memory: about 10 MB at 100,000, beyond which the database is asked. */
    static final int HOLDERS_KEPT = 100_000;

    private final CampaignRepository campaigns;
    private final IssuedCouponRepository coupons;
    private final TransactionOperations transactions;
    private final Clock clock;

    private final Map<Long, CouponCampaign> terms = new ConcurrentHashMap<>();
    private final SoldOutCampaigns soldOut;

    @Autowired
    public IssueCouponService(CampaignRepository campaigns, IssuedCouponRepository coupons,
            TransactionOperations transactions, Clock clock) {
        this(campaigns, coupons, transactions, clock, HOLDERS_KEPT);
    }

    IssueCouponService(CampaignRepository campaigns, IssuedCouponRepository coupons,
            TransactionOperations transactions, Clock clock, int holdersKept) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.transactions = transactions;
        this.clock = clock;
        this.soldOut = new SoldOutCampaigns(coupons, holdersKept);
    }

    @Override
    public IssuedCoupon issue(IssueCouponCommand command) {
        long campaignId = command.campaignId();
        var coupon = termsOf(campaignId).issueTo(command.memberId(), clock.instant());
        if (soldOut.contains(campaignId)) {
            throw soldOut.isHeldBy(campaignId, command.memberId()) ? new CouponAlreadyIssuedException(campaignId)
                    : new CouponSoldOutException(campaignId);
        }
        try {
            return transactions.execute(status -> {
                var issued = coupons.addIfMemberHasNone(coupon)
                        .orElseThrow(() -> new CouponAlreadyIssuedException(campaignId));
                if (!campaigns.takeOneFromStock(campaignId)) {
                    // The UPDATE saw the committed count at the quantity: no later claim can succeed.
                    throw new CouponSoldOutException(campaignId);
                }
                return issued;
            });
        } catch (CouponSoldOutException lastOneGone) {
            soldOut.remember(campaignId); // after the rollback, so this claim's coupon is not among the holders
            throw lastOneGone;
        }
    }

    private CouponCampaign termsOf(long campaignId) {
        var known = terms.get(campaignId);
        if (known != null) {
            return known;
        }
        // Not found is not remembered: the id may belong to a campaign created a moment later.
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (!campaign.hasStockLeft()) {
            soldOut.remember(campaignId);
        }
        terms.putIfAbsent(campaignId, campaign);
        return campaign;
    }
}
