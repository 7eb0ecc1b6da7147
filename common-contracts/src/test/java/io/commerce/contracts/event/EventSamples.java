package io.commerce.contracts.event;

import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.balance.PaymentRefunded;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import io.commerce.contracts.event.coupon.AppliedDiscount;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.contracts.event.coupon.CouponRejectionReason;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.OrderLine;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockRejected;
import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.contracts.event.product.StockReserved;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One fixed instance of every event, for the golden files. */
final class EventSamples {

    static final UUID ORDER = UUID.fromString("0b7e3f4a-8c1d-4e2f-9a3b-5c6d7e8f9a0b");
    static final UUID EVENT = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    static final Instant AT = Instant.parse("2026-11-25T09:30:00Z");

    private static final List<PricedLine> PRICED = List.of(new PricedLine(1, 2, 15_000), new PricedLine(7, 1, 9_900));

    static final Map<String, IntegrationEvent> BY_TYPE = Map.ofEntries(
            Map.entry("OrderPlaced", new OrderPlaced(ORDER, "member-1",
                    List.of(new OrderLine(1, 2), new OrderLine(7, 1)), 42L)),
            Map.entry("PaymentRequested", new PaymentRequested(ORDER, "member-1", 34_900)),
            Map.entry("OrderCompleted", new OrderCompleted(ORDER, "member-1", PRICED, 39_900, 5_000, 34_900, AT)),
            Map.entry("OrderFailed", new OrderFailed(ORDER, "member-1", OrderFailureReason.OUT_OF_STOCK)),
            Map.entry("StockReserved", new StockReserved(ORDER, PRICED, 39_900)),
            Map.entry("StockRejected", new StockRejected(ORDER, StockRejectionReason.OUT_OF_STOCK, 7L)),
            Map.entry("CouponApplied", new CouponApplied(ORDER, 42,
                    new AppliedDiscount(AppliedDiscount.Kind.PERCENTAGE, 10, 5_000L))),
            Map.entry("CouponRejected", new CouponRejected(ORDER, 42, CouponRejectionReason.COUPON_EXPIRED)),
            Map.entry("PaymentCompleted", new PaymentCompleted(ORDER, "member-1", 34_900)),
            Map.entry("PaymentRejected", new PaymentRejected(ORDER, "member-1", 34_900, PaymentRejectionReason.INSUFFICIENT_BALANCE)),
            Map.entry("PaymentRefunded", new PaymentRefunded(ORDER, "member-1", 34_900)));

    private EventSamples() {
    }
}
