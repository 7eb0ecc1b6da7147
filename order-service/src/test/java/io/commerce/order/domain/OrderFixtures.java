package io.commerce.order.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Orders and replies in one line each. */
public final class OrderFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    public static final OrderPolicy POLICY = new OrderPolicy(20, 1000, Duration.ofSeconds(30), Duration.ofHours(24));

    private OrderFixtures() {
    }

    /** Product 1 x2 and product 2 x1, no coupon. */
    public static Order anOrder() {
        return Order.place(UUID.randomUUID(), "member", List.of(OrderLine.of(1, 2), OrderLine.of(2, 1)), null, null,
                POLICY, NOW);
    }

    public static Order anOrderWithCoupon(long couponId) {
        return Order.place(UUID.randomUUID(), "member", List.of(OrderLine.of(1, 2), OrderLine.of(2, 1)), couponId,
                null, POLICY, NOW);
    }

    /** Product 1 at 1,000 and product 2 at 3,000: subtotal 5,000. */
    public static List<OrderLine> pricedLines() {
        return List.of(new OrderLine(1, 2, 1_000L), new OrderLine(2, 1, 3_000L));
    }

    public static final long SUBTOTAL = 5_000;
}
