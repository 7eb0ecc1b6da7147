package io.commerce.contracts.event.order;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.nonEmpty;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import java.util.List;
import java.util.UUID;

/** An order was accepted and waits for stock, coupon and payment. {@code couponId} is an issued coupon's id, or null. */
public record OrderPlaced(UUID orderId, String userId, List<OrderLine> lines, Long couponId) implements OrderSagaEvent {

    public OrderPlaced {
        present(orderId, "orderId");
        nonBlank(userId, "userId");
        lines = nonEmpty(lines, "lines");
    }

    public boolean usesCoupon() {
        return couponId != null;
    }
}
