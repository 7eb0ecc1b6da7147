package io.commerce.coupon.application;

import io.commerce.contracts.http.PageResponse;
import io.commerce.coupon.application.port.in.PageSpec;
import io.commerce.coupon.application.port.out.CampaignRepository;
import io.commerce.coupon.application.port.out.CouponEvents;
import io.commerce.coupon.application.port.out.CouponRedemptionRepository;
import io.commerce.coupon.application.port.out.IssuedCouponRepository;
import io.commerce.coupon.domain.CouponCampaign;
import io.commerce.coupon.domain.CouponStatus;
import io.commerce.coupon.domain.Discount;
import io.commerce.coupon.domain.IssuedCoupon;
import io.commerce.coupon.domain.RejectionReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Map-backed fakes of the out ports, with the same atomicity the real stores promise. */
final class InMemoryStores {

    private InMemoryStores() {
    }

    static final class Campaigns implements CampaignRepository {

        final Map<Long, CouponCampaign> byId = new ConcurrentHashMap<>();
        final Map<Long, AtomicInteger> issued = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        private final AtomicLong ids = new AtomicLong(100);

        CouponCampaign put(CouponCampaign campaign) {
            byId.put(campaign.id(), campaign);
            issued.put(campaign.id(), new AtomicInteger(campaign.issuedCount()));
            return campaign;
        }

        @Override
        public CouponCampaign add(CouponCampaign campaign) {
            return put(CouponCampaign.of(ids.incrementAndGet(), campaign.name(), campaign.discount(),
                    campaign.totalQuantity(), 0, campaign.window(), campaign.couponValidity()));
        }

        @Override
        public Optional<CouponCampaign> findById(long campaignId) {
            reads.incrementAndGet();
            return Optional.ofNullable(byId.get(campaignId)).map(c -> CouponCampaign.of(c.id(), c.name(), c.discount(),
                    c.totalQuantity(), issued.get(c.id()).get(), c.window(), c.couponValidity()));
        }

        @Override
        public boolean takeOneFromStock(long campaignId) {
            var campaign = byId.get(campaignId);
            var counter = issued.get(campaignId);
            return campaign != null
                    && counter.getAndUpdate(n -> n < campaign.totalQuantity() ? n + 1 : n) < campaign.totalQuantity();
        }

        @Override
        public PageResponse<CouponCampaign> findOpenAt(Instant now, PageSpec page) {
            var open = byId.keySet().stream().sorted().map(id -> findById(id).orElseThrow())
                    .filter(c -> c.isOpenAt(now)).toList();
            return new PageResponse<>(open, page.page(), page.size(), open.size(), 1);
        }

        int issuedCount(long campaignId) {
            return issued.get(campaignId).get();
        }
    }

    static final class Coupons implements IssuedCouponRepository {

        final Map<Long, IssuedCoupon> byId = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public synchronized Optional<IssuedCoupon> addIfMemberHasNone(IssuedCoupon coupon) {
            boolean held = byId.values().stream().anyMatch(c -> c.campaignId() == coupon.campaignId()
                    && c.memberId().equals(coupon.memberId()));
            if (held) {
                return Optional.empty();
            }
            var stored = coupon.withId(ids.incrementAndGet());
            byId.put(stored.id(), stored);
            return Optional.of(stored);
        }

        /** What the rolled-back transaction would undo in the real store. */
        synchronized void remove(long couponId) {
            byId.remove(couponId);
        }

        IssuedCoupon put(IssuedCoupon coupon) {
            byId.put(coupon.id(), coupon);
            return coupon;
        }

        @Override
        public Optional<IssuedCoupon> findById(long couponId) {
            return Optional.ofNullable(byId.get(couponId)).map(Coupons::copy);
        }

        @Override
        public Optional<IssuedCoupon> findByIdForUpdate(long couponId) {
            return findById(couponId);
        }

        @Override
        public void saveUse(IssuedCoupon coupon) {
            byId.put(coupon.id(), copy(coupon));
        }

        @Override
        public PageResponse<IssuedCoupon> findHeldBy(String memberId, CouponStatus status, Instant now, PageSpec page) {
            var held = byId.values().stream()
                    .filter(c -> c.memberId().equals(memberId))
                    .filter(c -> status == null || c.statusAt(now) == status)
                    .sorted(Comparator.comparing(IssuedCoupon::id).reversed())
                    .map(Coupons::copy)
                    .toList();
            return new PageResponse<>(held, page.page(), page.size(), held.size(), 1);
        }

        private static IssuedCoupon copy(IssuedCoupon c) {
            return IssuedCoupon.of(c.id(), c.campaignId(), c.campaignName(), c.memberId(), c.discount(), c.issuedAt(),
                    c.expiresAt(), c.usedByOrder(), c.usedAt());
        }
    }

    static final class Redemptions implements CouponRedemptionRepository {

        final Map<UUID, Redemption> byOrder = new ConcurrentHashMap<>();

        @Override
        public boolean startIfFirst(UUID orderId, long couponId, Instant at) {
            return byOrder.putIfAbsent(orderId, new Redemption(orderId, couponId, null)) == null;
        }

        @Override
        public void decide(UUID orderId, Outcome outcome, String reason) {
            byOrder.computeIfPresent(orderId, (id, r) -> new Redemption(id, r.couponId(), outcome));
        }

        @Override
        public Optional<Redemption> findByOrderForUpdate(UUID orderId) {
            return Optional.ofNullable(byOrder.get(orderId));
        }

        @Override
        public void markRestored(UUID orderId, Instant at) {
            decide(orderId, Outcome.RESTORED, null);
        }
    }

    static final class RecordedEvents implements CouponEvents {

        record Applied(UUID orderId, long couponId, Discount discount) {
        }

        record Rejected(UUID orderId, long couponId, RejectionReason reason) {
        }

        final List<Object> published = new CopyOnWriteArrayList<>();

        @Override
        public void applied(UUID orderId, long couponId, Discount discount) {
            published.add(new Applied(orderId, couponId, discount));
        }

        @Override
        public void rejected(UUID orderId, long couponId, RejectionReason reason) {
            published.add(new Rejected(orderId, couponId, reason));
        }

        List<Object> all() {
            return new ArrayList<>(published);
        }
    }
}
