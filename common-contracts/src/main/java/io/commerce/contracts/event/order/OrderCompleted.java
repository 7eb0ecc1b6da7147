package io.commerce.contracts.event.order;

import static io.commerce.contracts.event.EventFields.nonBlank;
import static io.commerce.contracts.event.EventFields.nonEmpty;
import static io.commerce.contracts.event.EventFields.nonNegative;
import static io.commerce.contracts.event.EventFields.present;

import io.commerce.contracts.event.OrderSagaEvent;
import io.commerce.contracts.event.product.PricedLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The order is paid. The data platform counts its lines as sales on the day of {@code completedAt}. */
public record OrderCompleted(
        UUID orderId, String userId, List<PricedLine> lines, long subtotal, long discount, long paidAmount,
        Instant completedAt) implements OrderSagaEvent {

    public OrderCompleted {
        present(orderId, "orderId");
        nonBlank(userId, "userId");
        lines = nonEmpty(lines, "lines");
        nonNegative(subtotal, "subtotal");
        nonNegative(discount, "discount");
        nonNegative(paidAmount, "paidAmount");
        present(completedAt, "completedAt");
    }
}
