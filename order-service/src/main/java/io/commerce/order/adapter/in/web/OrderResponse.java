package io.commerce.order.adapter.in.web;

import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderLine;
import io.commerce.order.domain.OrderState.Cancelled;
import io.commerce.order.domain.OrderState.Completed;
import io.commerce.order.domain.OrderState.Failed;
import io.commerce.order.domain.OrderState.Pending;
import io.commerce.order.domain.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as its member sees it. Prices and amounts are {@code null} until known; {@code reason} (with the
 * participant's own {@code reasonDetail}, e.g. the coupon's reason) is set when the order FAILED.
 */
record OrderResponse(UUID id, OrderStatus status, List<LineResponse> lines, Long couponId, Long subtotal,
        Long discount, Long paidAmount, String reason, String reasonDetail, Instant createdAt, Instant completedAt,
        Instant failedAt, Instant cancelledAt) {

    record LineResponse(long productId, int quantity, Long unitPrice, Long lineTotal) {

        static LineResponse from(OrderLine line) {
            return new LineResponse(line.productId(), line.quantity(), line.unitPrice(),
                    line.isPriced() ? line.lineTotal() : null);
        }
    }

    static OrderResponse from(Order order) {
        return switch (order.state()) {
            case Pending pending -> from(order, null, null, null);
            case Completed completed -> from(order, completed, null, null);
            case Failed failed -> from(order, null, failed, null);
            case Cancelled cancelled -> from(order, cancelled.completed(), null, cancelled.cancelledAt());
        };
    }

    private static OrderResponse from(Order order, Completed completion, Failed failed, Instant cancelledAt) {
        var progress = order.progress();
        return new OrderResponse(order.id(), order.status(), order.lines().stream().map(LineResponse::from).toList(),
                order.couponId().orElse(null), progress.subtotal().orElse(null), progress.discount().orElse(null),
                completion == null ? null : completion.paidAmount(),
                failed == null ? null : failed.failure().reason().name(),
                failed == null ? null : failed.failure().detail(), order.placedAt(),
                completion == null ? null : completion.completedAt(), failed == null ? null : failed.failedAt(),
                cancelledAt);
    }
}
