package io.commerce.order.adapter.out.persistence;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.pricing.Discount;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.FailureReason;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderLine;
import io.commerce.order.domain.OrderState;
import io.commerce.order.domain.OrderState.Cancelled;
import io.commerce.order.domain.OrderState.Completed;
import io.commerce.order.domain.OrderState.Failed;
import io.commerce.order.domain.OrderState.Pending;
import io.commerce.order.domain.OrderStatus;
import io.commerce.order.domain.SagaProgress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

/**
 * The columns of an order's row that change with its saga, as the domain's state gives them, and the way back from
 * a row (with its lines as arrays) to an {@link Order}.
 */
record OrderColumns(String status, boolean stockReserved, boolean couponApplied, boolean paymentRequested,
        Long subtotal, String discountKind, Long discountValue, Long discountCap, Long discount, Long paidAmount,
        String failureReason, String failureDetail, Timestamp completedAt, Timestamp failedAt,
        Timestamp cancelledAt) {

    static OrderColumns of(Order order) {
        var progress = order.progress();
        var rule = progress.discountRule().orElse(null);
        String kind = null;
        Long value = null;
        Long cap = null;
        switch (rule) {
            case null -> { }
            case Discount.Fixed fixed -> {
                kind = "FIXED";
                value = fixed.amount();
            }
            case Discount.Percentage percentage -> {
                kind = "PERCENTAGE";
                value = (long) percentage.percent();
                cap = percentage.cap();
            }
        }
        Long paid = null;
        Instant completed = null;
        String failure = null;
        String detail = null;
        Instant failed = null;
        Instant cancelled = null;
        switch (order.state()) {
            case Pending pending -> { }
            case Completed done -> {
                paid = done.paidAmount();
                completed = done.completedAt();
            }
            case Failed failing -> {
                failure = failing.failure().reason().name();
                detail = failing.failure().detail();
                failed = failing.failedAt();
            }
            case Cancelled undone -> {
                paid = undone.completed().paidAmount();
                completed = undone.completed().completedAt();
                cancelled = undone.cancelledAt();
            }
        }
        return new OrderColumns(order.status().name(), progress.stockReserved(), progress.couponApplied(),
                progress.paymentRequested(), progress.subtotal().orElse(null), kind, value, cap,
                progress.discount().orElse(null), paid, failure, detail, timestamp(completed), timestamp(failed),
                timestamp(cancelled));
    }

    static Order read(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var couponId = nullableLong(rs, "coupon_id");
        var progress = new SagaProgress(couponId != null, Optional.ofNullable(nullableLong(rs, "subtotal")),
                discountRule(rs, id), Optional.ofNullable(nullableLong(rs, "discount")));
        OrderState state = switch (OrderStatus.valueOf(rs.getString("status"))) {
            case PENDING -> new Pending(progress);
            case COMPLETED -> completed(rs, progress);
            case FAILED -> new Failed(progress, new Failure(FailureReason.valueOf(rs.getString("failure_reason")),
                    rs.getString("failure_detail")), instant(rs, "failed_at"));
            case CANCELLED -> new Cancelled(completed(rs, progress), instant(rs, "cancelled_at"));
        };
        var key = rs.getString("idempotency_key");
        return Order.restore(id, rs.getString("member_id"), lines(rs), couponId,
                key == null ? null : new IdempotencyKey(key), instant(rs, "placed_at"), instant(rs, "deadline_at"),
                state);
    }

    private static ArrayList<OrderLine> lines(ResultSet rs) throws SQLException {
        var products = (Long[]) rs.getArray("line_products").getArray();
        var quantities = (Integer[]) rs.getArray("line_quantities").getArray();
        var prices = (Long[]) rs.getArray("line_prices").getArray();
        var lines = new ArrayList<OrderLine>(products.length);
        for (int i = 0; i < products.length; i++) {
            lines.add(new OrderLine(products[i], quantities[i], prices[i]));
        }
        return lines;
    }

    private static Completed completed(ResultSet rs, SagaProgress progress) throws SQLException {
        return new Completed(progress, rs.getLong("paid_amount"), instant(rs, "completed_at"));
    }

    private static Optional<Discount> discountRule(ResultSet rs, UUID order) throws SQLException {
        var kind = rs.getString("discount_kind");
        if (kind == null) {
            return Optional.empty();
        }
        long value = rs.getLong("discount_value");
        return Optional.of(switch (kind) {
            case "FIXED" -> Discount.fixed(value);
            case "PERCENTAGE" -> Discount.percentage(Math.toIntExact(value), nullableLong(rs, "discount_cap"));
            default -> throw new IllegalStateException("unknown discount kind " + kind + " of order " + order);
        });
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
