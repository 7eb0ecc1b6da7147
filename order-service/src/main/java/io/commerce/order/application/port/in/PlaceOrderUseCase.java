package io.commerce.order.application.port.in;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderLine;
import java.util.List;
import java.util.Objects;

public interface PlaceOrderUseCase {

    /**
     * Stores a {@code PENDING} order and announces OrderPlaced in one transaction. With a key, a repeat of the
     * same request returns the first order and places nothing; the same key for another request is refused.
     */
    PlacedOrder place(PlaceOrderCommand command);

    record PlaceOrderCommand(String memberId, List<OrderLine> lines, Long couponId, IdempotencyKey idempotencyKey) {

        public PlaceOrderCommand {
            Objects.requireNonNull(memberId, "memberId");
            lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        }
    }

    /** {@code replayed} is true when this is the order an earlier request with the same key placed. */
    record PlacedOrder(Order order, boolean replayed) {
    }
}
