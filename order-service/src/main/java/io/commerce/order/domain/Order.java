package io.commerce.order.domain;

import io.commerce.contracts.http.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An order and the bookkeeping of its saga. Every reply of a participant goes through one method that says
 * what happened ({@link SagaStep}); the service announces exactly that. Once an order is no longer
 * {@code PENDING}, no reply changes it: a late or repeated reply is {@link SagaStep.Ignored}, so an order
 * completes or fails once, and publishes OrderFailed at most once.
 */
public final class Order {

    private final UUID id;
    private final String memberId;
    private List<OrderLine> lines;
    private final Long couponId;
    private final String idempotencyKey;
    private final Instant placedAt;
    private final Instant deadline;
    private OrderStatus status;
    private SagaProgress progress;
    private Long subtotal;
    private Discount discountRule;
    private Long discount;
    private Long paidAmount;
    private Failure failure;
    private Instant completedAt;
    private Instant failedAt;
    private Instant cancelledAt;

    /** Rebuilds an order from storage; new orders come from {@link #place}. */
    public Order(UUID id, String memberId, List<OrderLine> lines, Long couponId, String idempotencyKey,
            Instant placedAt, Instant deadline, OrderStatus status, SagaProgress progress, Long subtotal,
            Discount discountRule, Long discount, Long paidAmount, Failure failure, Instant completedAt,
            Instant failedAt, Instant cancelledAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.lines = List.copyOf(lines);
        this.couponId = couponId;
        this.idempotencyKey = idempotencyKey;
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.status = Objects.requireNonNull(status, "status");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.subtotal = subtotal;
        this.discountRule = discountRule;
        this.discount = discount;
        this.paidAmount = paidAmount;
        this.failure = failure;
        this.completedAt = completedAt;
        this.failedAt = failedAt;
        this.cancelledAt = cancelledAt;
    }

    /** A new {@code PENDING} order, if its lines and coupon meet the policy; its saga must end by {@code now + deadline}. */
    public static Order place(UUID id, String memberId, List<OrderLine> lines, Long couponId, IdempotencyKey key,
            OrderPolicy policy, Instant now) {
        policy.check(lines);
        if (couponId != null && couponId <= 0) {
            throw new InvalidOrderException("INVALID_COUPON", "A coupon id is a positive number.");
        }
        if (lines.stream().anyMatch(OrderLine::isPriced)) {
            throw new IllegalArgumentException("a new order's lines are not priced yet");
        }
        return new Order(id, memberId, lines, couponId, key == null ? null : key.value(), now,
                now.plus(policy.sagaDeadline()), OrderStatus.PENDING, SagaProgress.start(couponId != null), null,
                null, null, null, null, null, null, null);
    }

    /** Whether a retry with the same Idempotency-Key asks for the same thing (line order does not matter). */
    public boolean isSameRequestAs(List<OrderLine> otherLines, Long otherCouponId) {
        if (!Objects.equals(couponId, otherCouponId) || otherLines.size() != lines.size()) {
            return false;
        }
        var mine = sorted(lines);
        var theirs = sorted(otherLines);
        for (int i = 0; i < mine.size(); i++) {
            if (!mine.get(i).sameItemAs(theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every line is reserved at these prices. The lines must be this order's lines and the subtotal their sum:
     * anything else is a broken contract, not a business "no", and is refused with an exception.
     */
    public SagaStep stockReserved(List<OrderLine> pricedLines, long reservedSubtotal) {
        if (status != OrderStatus.PENDING) {
            return new SagaStep.Ignored("stock reserved for an order that is " + status);
        }
        if (progress.stockReserved()) {
            return new SagaStep.Ignored("stock was already reserved");
        }
        var priced = matchPrices(pricedLines);
        long sum = 0;
        for (var line : priced) {
            sum = Math.addExact(sum, line.lineTotal());
        }
        if (sum != reservedSubtotal) {
            throw new IllegalArgumentException(
                    "subtotal " + reservedSubtotal + " is not the sum of the lines " + sum + " for order " + id);
        }
        lines = priced;
        subtotal = reservedSubtotal;
        progress = progress.withStockReserved();
        return advance();
    }

    /** The order's coupon is used for it; the discount follows {@code rule}. */
    public SagaStep couponApplied(long appliedCouponId, Discount rule) {
        Objects.requireNonNull(rule, "rule");
        if (status != OrderStatus.PENDING) {
            return new SagaStep.Ignored("coupon applied to an order that is " + status);
        }
        if (couponId == null || couponId != appliedCouponId) {
            return new SagaStep.Ignored("coupon " + appliedCouponId + " is not this order's coupon");
        }
        if (progress.couponApplied()) {
            return new SagaStep.Ignored("the coupon was already applied");
        }
        discountRule = rule;
        progress = progress.withCouponApplied();
        return advance();
    }

    /** The order's coupon can't be used: the order fails with COUPON_REJECTED and the coupon's reason as detail. */
    public SagaStep couponRejected(long rejectedCouponId, String couponReason, Instant at) {
        if (couponId == null || couponId != rejectedCouponId) {
            return new SagaStep.Ignored("coupon " + rejectedCouponId + " is not this order's coupon");
        }
        return reject(Failure.couponRejected(couponReason), at);
    }

    private SagaStep advance() {
        if (!progress.stockReserved()) {
            return new SagaStep.Waiting("stock");
        }
        if (progress.couponRequired() && !progress.couponApplied()) {
            return new SagaStep.Waiting("coupon");
        }
        if (!progress.readyForPayment()) {
            return new SagaStep.Ignored("payment was already requested");
        }
        discount = discountRule == null ? 0 : discountRule.amountOff(subtotal);
        progress = progress.withPaymentRequested();
        return new SagaStep.PaymentDue(payable());
    }

    /**
     * The balance paid. Completes a {@code PENDING} order whose payment was requested; a payment that arrives
     * for a failed (for example timed-out) order completes nothing; the balance refunds it on OrderFailed.
     * A paid amount other than the one requested is a broken contract and is refused with an exception.
     */
    public SagaStep paymentCompleted(long amount, Instant at) {
        if (status != OrderStatus.PENDING) {
            return new SagaStep.Ignored("payment completed for an order that is " + status);
        }
        if (!progress.paymentRequested()) {
            return new SagaStep.Ignored("payment completed before it was requested");
        }
        if (amount != payable()) {
            throw new IllegalArgumentException("paid " + amount + " but " + payable() + " was requested for order " + id);
        }
        status = OrderStatus.COMPLETED;
        paidAmount = amount;
        completedAt = at;
        return new SagaStep.Completed(at);
    }

    /** A participant said no: a {@code PENDING} order fails; any other order ignores it. */
    public SagaStep reject(Failure why, Instant at) {
        Objects.requireNonNull(why, "why");
        if (status != OrderStatus.PENDING) {
            return new SagaStep.Ignored(why.reason() + " for an order that is " + status);
        }
        status = OrderStatus.FAILED;
        failure = why;
        failedAt = at;
        return new SagaStep.Failed(why);
    }

    /** A {@code PENDING} order whose deadline has passed fails with TIMEOUT. */
    public SagaStep expire(Instant now) {
        if (status != OrderStatus.PENDING) {
            return new SagaStep.Ignored("an order that is " + status + " does not expire");
        }
        if (now.isBefore(deadline)) {
            return new SagaStep.Ignored("the deadline " + deadline + " has not passed");
        }
        return reject(Failure.timeout(), now);
    }

    /** The member takes back a completed order, at most {@code window} after it completed. */
    public SagaStep cancel(Instant now, Duration window) {
        if (status != OrderStatus.COMPLETED) {
            throw new OrderNotCancellableException("Only a completed order can be cancelled; this one is " + status + ".");
        }
        if (now.isAfter(completedAt.plus(window))) {
            throw new OrderNotCancellableException("The order can only be cancelled within " + window + " of completion.");
        }
        status = OrderStatus.CANCELLED;
        cancelledAt = now;
        return new SagaStep.Cancelled(now);
    }

    public boolean belongsTo(String member) {
        return memberId.equals(member);
    }

    /** What the member pays: subtotal minus discount, never below 0; known once payment is requested. */
    public long payable() {
        if (subtotal == null || discount == null) {
            throw new IllegalStateException("order " + id + " has no price yet");
        }
        return Math.max(0, subtotal - discount);
    }

    private List<OrderLine> matchPrices(List<OrderLine> pricedLines) {
        if (pricedLines.size() != lines.size()) {
            throw new IllegalArgumentException("reserved lines do not match order " + id);
        }
        var result = new ArrayList<OrderLine>(lines.size());
        for (var line : lines) {
            var priced = pricedLines.stream().filter(p -> p.sameItemAs(line) && p.isPriced()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no reserved price for product " + line.productId() + " of order " + id));
            result.add(line.pricedAt(priced.unitPrice()));
        }
        return List.copyOf(result);
    }

    private static List<OrderLine> sorted(List<OrderLine> lines) {
        return lines.stream().sorted(Comparator.comparingLong(OrderLine::productId)).toList();
    }

    public UUID id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Long couponId() {
        return couponId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public OrderStatus status() {
        return status;
    }

    public SagaProgress progress() {
        return progress;
    }

    public Long subtotal() {
        return subtotal;
    }

    public Discount discountRule() {
        return discountRule;
    }

    public Long discount() {
        return discount;
    }

    public Long paidAmount() {
        return paidAmount;
    }

    public Failure failure() {
        return failure;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
