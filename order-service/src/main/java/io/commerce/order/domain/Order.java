package io.commerce.order.domain;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.pricing.Discount;
import io.commerce.order.domain.OrderState.Cancelled;
import io.commerce.order.domain.OrderState.Completed;
import io.commerce.order.domain.OrderState.Failed;
import io.commerce.order.domain.OrderState.Pending;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An order and the bookkeeping of its saga. Every reply of a participant goes through one method that says
 * what happened ({@link SagaStep}); the service announces exactly that. Once an order is no longer
 * {@link Pending}, no reply changes it: a late or repeated reply is {@link SagaStep.Ignored}, so an order
 * completes or fails once, and publishes OrderFailed at most once.
 */
public final class Order {

    private final UUID id;
    private final String memberId;
    private final Long couponId;
    private final IdempotencyKey idempotencyKey;
    private final Instant placedAt;
    private final Instant deadline;
    private List<OrderLine> lines;
    private OrderState state;

    private Order(UUID id, String memberId, List<OrderLine> lines, Long couponId, IdempotencyKey idempotencyKey,
            Instant placedAt, Instant deadline, OrderState state) {
        this.id = Objects.requireNonNull(id, "id");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.lines = List.copyOf(lines);
        this.couponId = couponId;
        this.idempotencyKey = idempotencyKey;
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.state = Objects.requireNonNull(state, "state");
        if (state.progress().couponRequired() != (couponId != null)) {
            throw new IllegalArgumentException("order " + id + " waits for a coupon if and only if it has one");
        }
        boolean reserved = state.progress().stockReserved();
        if (!this.lines.stream().allMatch(line -> line.isPriced() == reserved)) {
            throw new IllegalArgumentException("the lines of order " + id + " are priced once its stock is reserved");
        }
    }

    /** A new PENDING order, if its lines and coupon meet the policy; its saga must end by {@code now + deadline}. */
    public static Order place(UUID id, String memberId, List<OrderLine> lines, Long couponId, IdempotencyKey key,
            OrderPolicy policy, Instant now) {
        policy.check(lines);
        if (couponId != null && couponId <= 0) {
            throw new InvalidOrderException("INVALID_COUPON", "A coupon id is a positive number.");
        }
        return new Order(id, memberId, lines, couponId, key, now, now.plus(policy.sagaDeadline()),
                new Pending(SagaProgress.start(couponId != null)));
    }

    /**
     * Rebuilds a stored order in the state it was stored in; new orders come from {@link #place}. {@code couponId}
     * and {@code idempotencyKey} are null for an order placed without one.
     */
    public static Order restore(UUID id, String memberId, List<OrderLine> lines, Long couponId,
            IdempotencyKey idempotencyKey, Instant placedAt, Instant deadline, OrderState state) {
        return new Order(id, memberId, lines, couponId, idempotencyKey, placedAt, deadline, state);
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
        if (!(state instanceof Pending pending)) {
            return new SagaStep.Ignored("stock reserved for an order that is " + status());
        }
        if (pending.progress().stockReserved()) {
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
        var next = settle(pending.progress().withStockReserved(reservedSubtotal));
        lines = priced;
        return moveOn(next);
    }

    /** The order's coupon is used for it; the discount follows {@code rule}. */
    public SagaStep couponApplied(long appliedCouponId, Discount rule) {
        Objects.requireNonNull(rule, "rule");
        if (!(state instanceof Pending pending)) {
            return new SagaStep.Ignored("coupon applied to an order that is " + status());
        }
        if (couponId == null || couponId != appliedCouponId) {
            return new SagaStep.Ignored("coupon " + appliedCouponId + " is not this order's coupon");
        }
        if (pending.progress().couponApplied()) {
            return new SagaStep.Ignored("the coupon was already applied");
        }
        return moveOn(settle(pending.progress().withCouponApplied(rule)));
    }

    /** The order's coupon can't be used: the order fails with COUPON_REJECTED and the coupon's reason as detail. */
    public SagaStep couponRejected(long rejectedCouponId, String couponReason, Instant at) {
        if (couponId == null || couponId != rejectedCouponId) {
            return new SagaStep.Ignored("coupon " + rejectedCouponId + " is not this order's coupon");
        }
        return reject(Failure.couponRejected(couponReason), at);
    }

    /** What the saga has heard, with payment requested if that was the last thing it waited for. */
    private static SagaProgress settle(SagaProgress heard) {
        return heard.readyForPayment() ? heard.withPaymentRequested() : heard;
    }

    private SagaStep moveOn(SagaProgress next) {
        state = new Pending(next);
        if (next.paymentRequested()) {
            return new SagaStep.PaymentDue(payable());
        }
        return new SagaStep.Waiting(next.stockReserved() ? "coupon" : "stock");
    }

    /**
     * The balance paid. Completes a PENDING order whose payment was requested; a payment that arrives for a failed
     * (for example timed-out) order completes nothing; the balance refunds it on OrderFailed. A paid amount other
     * than the one requested is a broken contract and is refused with an exception.
     */
    public SagaStep paymentCompleted(long amount, Instant at) {
        if (!(state instanceof Pending pending)) {
            return new SagaStep.Ignored("payment completed for an order that is " + status());
        }
        if (!pending.progress().paymentRequested()) {
            return new SagaStep.Ignored("payment completed before it was requested");
        }
        if (amount != payable()) {
            throw new IllegalArgumentException("paid " + amount + " but " + payable() + " was requested for order " + id);
        }
        state = new Completed(pending.progress(), amount, at);
        return new SagaStep.Completed(at);
    }

    /** A participant said no: a PENDING order fails; any other order ignores it. */
    public SagaStep reject(Failure why, Instant at) {
        Objects.requireNonNull(why, "why");
        if (!(state instanceof Pending pending)) {
            return new SagaStep.Ignored(why.reason() + " for an order that is " + status());
        }
        state = new Failed(pending.progress(), why, at);
        return new SagaStep.Failed(why, at);
    }

    /** A PENDING order whose deadline has passed fails with TIMEOUT. */
    public SagaStep expire(Instant now) {
        if (!(state instanceof Pending)) {
            return new SagaStep.Ignored("an order that is " + status() + " does not expire");
        }
        if (now.isBefore(deadline)) {
            return new SagaStep.Ignored("the deadline " + deadline + " has not passed");
        }
        return reject(Failure.timeout(), now);
    }

    /** The member takes back a completed order, at most {@code window} after it completed. */
    public SagaStep cancel(Instant now, Duration window) {
        if (!(state instanceof Completed completed)) {
            throw new OrderNotCancellableException("Only a completed order can be cancelled; this one is " + status() + ".");
        }
        if (now.isAfter(completed.completedAt().plus(window))) {
            throw new OrderNotCancellableException("The order can only be cancelled within " + window + " of completion.");
        }
        state = new Cancelled(completed, now);
        return new SagaStep.Cancelled(now);
    }

    public boolean belongsTo(String member) {
        return memberId.equals(member);
    }

    /** What the member pays: subtotal minus discount, never below 0; known once payment is requested. */
    public long payable() {
        return progress().payable().orElseThrow(() -> new IllegalStateException("order " + id + " has no price yet"));
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

    /** Priced once the stock is reserved. */
    public List<OrderLine> lines() {
        return lines;
    }

    public Optional<Long> couponId() {
        return Optional.ofNullable(couponId);
    }

    public Optional<IdempotencyKey> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public OrderState state() {
        return state;
    }

    public OrderStatus status() {
        return state.status();
    }

    /** What the saga has heard, in whatever state the order is now. */
    public SagaProgress progress() {
        return state.progress();
    }
}
