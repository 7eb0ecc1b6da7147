package io.commerce.order.adapter.in.web;

import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderLine;
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
        var failure = order.failure();
        return new OrderResponse(order.id(), order.status(), order.lines().stream().map(LineResponse::from).toList(),
                order.couponId(), order.subtotal(), order.discount(), order.paidAmount(),
                failure == null ? null : failure.reason().name(), failure == null ? null : failure.detail(),
                order.placedAt(), order.completedAt(), order.failedAt(), order.cancelledAt());
    }
}
