package io.commerce.order.adapter.out.persistence;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.pricing.Discount;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.FailureReason;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderState;
import io.commerce.order.domain.OrderState.Cancelled;
import io.commerce.order.domain.OrderState.Completed;
import io.commerce.order.domain.OrderState.Failed;
import io.commerce.order.domain.OrderState.Pending;
import io.commerce.order.domain.OrderStatus;
import io.commerce.order.domain.SagaProgress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "orders")
class OrderJpaEntity {

    @Id
    private UUID id;

    @Column(name = "member_id", nullable = false)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "coupon_id")
    private Long couponId;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "stock_reserved", nullable = false)
    private boolean stockReserved;

    @Column(name = "coupon_applied", nullable = false)
    private boolean couponApplied;

    @Column(name = "payment_requested", nullable = false)
    private boolean paymentRequested;

    private Long subtotal;

    @Column(name = "discount_kind")
    private String discountKind;

    @Column(name = "discount_value")
    private Long discountValue;

    @Column(name = "discount_cap")
    private Long discountCap;

    private Long discount;

    @Column(name = "paid_amount")
    private Long paidAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason")
    private FailureReason failureReason;

    @Column(name = "failure_detail")
    private String failureDetail;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    @BatchSize(size = 100)
    private List<OrderLineColumns> lines = new ArrayList<>();

    protected OrderJpaEntity() {
    }

    static OrderJpaEntity from(Order order) {
        var entity = new OrderJpaEntity();
        entity.id = order.id();
        entity.memberId = order.memberId();
        entity.couponId = order.couponId().orElse(null);
        entity.idempotencyKey = order.idempotencyKey().map(IdempotencyKey::value).orElse(null);
        entity.placedAt = order.placedAt();
        entity.deadlineAt = order.deadline();
        entity.update(order);
        return entity;
    }

    boolean isPending() {
        return status == OrderStatus.PENDING;
    }

    void update(Order order) {
        status = order.status();
        var progress = order.progress();
        stockReserved = progress.stockReserved();
        couponApplied = progress.couponApplied();
        paymentRequested = progress.paymentRequested();
        subtotal = progress.subtotal().orElse(null);
        discount = progress.discount().orElse(null);
        writeDiscountRule(progress.discountRule().orElse(null));
        writeOutcome(order.state());
        var newLines = order.lines().stream().map(OrderLineColumns::from).toList();
        if (lines.size() != newLines.size()) {
            lines.clear();
            lines.addAll(newLines);
        } else {
            for (int i = 0; i < newLines.size(); i++) {
                lines.set(i, newLines.get(i));
            }
        }
    }

    /** The columns of how the order ended, empty while it is PENDING. */
    private void writeOutcome(OrderState state) {
        paidAmount = null;
        completedAt = null;
        failureReason = null;
        failureDetail = null;
        failedAt = null;
        cancelledAt = null;
        switch (state) {
            case Pending pending -> {
            }
            case Completed completed -> writeCompletion(completed);
            case Failed failed -> {
                failureReason = failed.failure().reason();
                failureDetail = failed.failure().detail();
                failedAt = failed.failedAt();
            }
            case Cancelled cancelled -> {
                writeCompletion(cancelled.completed());
                cancelledAt = cancelled.cancelledAt();
            }
        }
    }

    private void writeCompletion(Completed completed) {
        paidAmount = completed.paidAmount();
        completedAt = completed.completedAt();
    }

    private void writeDiscountRule(Discount rule) {
        switch (rule) {
            case null -> {
                discountKind = null;
                discountValue = null;
                discountCap = null;
            }
            case Discount.Fixed fixed -> {
                discountKind = "FIXED";
                discountValue = fixed.amount();
                discountCap = null;
            }
            case Discount.Percentage percentage -> {
                discountKind = "PERCENTAGE";
                discountValue = (long) percentage.percent();
                discountCap = percentage.cap();
            }
        }
    }

    Order toDomain() {
        var progress = new SagaProgress(couponId != null, Optional.ofNullable(subtotal), discountRule(),
                Optional.ofNullable(discount));
        OrderState state = switch (status) {
            case PENDING -> new Pending(progress);
            case COMPLETED -> completed(progress);
            case FAILED -> new Failed(progress, new Failure(failureReason, failureDetail), failedAt);
            case CANCELLED -> new Cancelled(completed(progress), cancelledAt);
        };
        return Order.restore(id, memberId, lines.stream().map(OrderLineColumns::toDomain).toList(), couponId,
                idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey), placedAt, deadlineAt, state);
    }

    private Completed completed(SagaProgress progress) {
        return new Completed(progress, paidAmount, completedAt);
    }

    private Optional<Discount> discountRule() {
        return Optional.ofNullable(discountKind).map(kind -> switch (kind) {
            case "FIXED" -> Discount.fixed(discountValue);
            case "PERCENTAGE" -> Discount.percentage(Math.toIntExact(discountValue), discountCap);
            default -> throw new IllegalStateException("unknown discount kind " + kind + " of order " + id);
        });
    }
}
