package io.commerce.order.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The world the order tests share; orders themselves come from {@link OrderBuilder}. */
public final class OrderFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    public static final OrderPolicy POLICY = new OrderPolicy(20, 1000, Duration.ofSeconds(30), Duration.ofHours(24));
    public static final long SUBTOTAL = 5_000;

    private OrderFixtures() {
    }

    /** The default lines priced: product 1 at 1,000 and product 2 at 3,000, subtotal {@link #SUBTOTAL}. */
    public static List<OrderLine> pricedLines() {
        return List.of(new OrderLine(1, 2, 1_000L), new OrderLine(2, 1, 3_000L));
    }

    /** The failure of a FAILED order; an order in any other state fails the test. */
    public static Failure failureOf(Order order) {
        if (!(order.state() instanceof OrderState.Failed failed)) {
            throw new AssertionError("order " + order.id() + " is " + order.status() + ", not FAILED");
        }
        return failed.failure();
    }
}
