package io.commerce.order.domain;

import static io.commerce.order.domain.OrderFixtures.NOW;
import static io.commerce.order.domain.OrderFixtures.POLICY;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.pricing.Discount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Orders in one line per fact that matters: {@code anOrder().withCoupon(7).completed().build()}. Every state is
 * reached the way the saga reaches it, through the order's own methods, so a built order is one the rules allow.
 * By default: member "member", product 1 x2 and product 2 x1, no coupon, no key, placed at {@link OrderFixtures#NOW};
 * replies arrive at the moment of placement unless told otherwise.
 */
public final class OrderBuilder {

    /** The coupon's rule when {@link #paymentRequested()} has to apply the coupon itself. */
    public static final Discount THOUSAND_OFF = Discount.fixed(1_000);

    private UUID id = UUID.randomUUID();
    private String memberId = "member";
    private List<OrderLine> lines = List.of(OrderLine.of(1, 2), OrderLine.of(2, 1));
    private Long couponId;
    private IdempotencyKey key;
    private Instant placedAt = NOW;
    private boolean stockReserved;
    private boolean couponApplied;
    private boolean completed;
    private Instant completedAt;
    private final List<Function<Order, SagaStep>> replies = new ArrayList<>();

    private OrderBuilder() {
    }

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    public OrderBuilder withId(UUID id) {
        this.id = id;
        return this;
    }

    public OrderBuilder by(String memberId) {
        this.memberId = memberId;
        return this;
    }

    public OrderBuilder withLines(OrderLine... lines) {
        return withLines(List.of(lines));
    }

    public OrderBuilder withLines(List<OrderLine> lines) {
        this.lines = lines;
        return this;
    }

    public OrderBuilder withCoupon(long couponId) {
        this.couponId = couponId;
        return this;
    }

    public OrderBuilder withKey(String key) {
        this.key = new IdempotencyKey(key);
        return this;
    }

    public OrderBuilder placedAt(Instant at) {
        this.placedAt = at;
        return this;
    }

    /** Placed a second longer before {@link OrderFixtures#NOW} than the saga may take: overdue at NOW. */
    public OrderBuilder pastDeadline() {
        return placedAt(NOW.minus(POLICY.sagaDeadline()).minusSeconds(1));
    }

    /** Every line reserved: product 2 at 3,000, any other at 1,000 (the defaults' subtotal is 5,000). */
    public OrderBuilder stockReserved() {
        stockReserved = true;
        return reply(order -> {
            var priced = order.lines().stream().map(l -> l.pricedAt(l.productId() == 2 ? 3_000 : 1_000)).toList();
            return order.stockReserved(priced, priced.stream().mapToLong(OrderLine::lineTotal).sum());
        });
    }

    public OrderBuilder couponApplied(Discount rule) {
        if (couponId == null) {
            throw new IllegalStateException("withCoupon(...) first: an order without a coupon applies none");
        }
        couponApplied = true;
        long coupon = couponId;
        return reply(order -> order.couponApplied(coupon, rule));
    }

    /** Stock reserved and, for an order with a coupon, the coupon applied ({@link #THOUSAND_OFF} unless told). */
    public OrderBuilder paymentRequested() {
        if (!stockReserved) {
            stockReserved();
        }
        if (couponId != null && !couponApplied) {
            couponApplied(THOUSAND_OFF);
        }
        return this;
    }

    public OrderBuilder completed() {
        return completedAt(placedAt);
    }

    /** Paid, the amount requested, at {@code at}. */
    public OrderBuilder completedAt(Instant at) {
        paymentRequested();
        completed = true;
        completedAt = at;
        return reply(order -> order.paymentCompleted(order.payable(), at));
    }

    public OrderBuilder failed(Failure why) {
        return failed(why, placedAt);
    }

    public OrderBuilder failed(Failure why, Instant at) {
        return reply(order -> order.reject(why, at));
    }

    /** Completed, then cancelled by the member at once. */
    public OrderBuilder cancelled() {
        if (!completed) {
            completed();
        }
        var at = completedAt;
        return reply(order -> order.cancel(at, POLICY.cancellationWindow()));
    }

    public Order build() {
        var order = Order.place(id, memberId, lines, couponId, key, POLICY, placedAt);
        for (var reply : replies) {
            if (reply.apply(order) instanceof SagaStep.Ignored ignored) {
                throw new IllegalStateException("the order can't get there: " + ignored.why());
            }
        }
        return order;
    }

    private OrderBuilder reply(Function<Order, SagaStep> reply) {
        replies.add(reply);
        return this;
    }
}
