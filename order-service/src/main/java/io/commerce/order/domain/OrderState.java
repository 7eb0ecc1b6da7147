package io.commerce.order.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an order stands, and what it knows there. Only {@link Pending} moves on, to {@link Completed} or
 * {@link Failed}; a completed order may still be {@link Cancelled}. Every state keeps what the saga had heard
 * ({@link #progress()}) when the order reached it.
 */
public sealed interface OrderState {

    OrderStatus status();

    SagaProgress progress();

    /** What the payment recorded, for an order that completed, whether or not it was cancelled since. */
    default Optional<Completed> completion() {
        return switch (this) {
            case Completed completed -> Optional.of(completed);
            case Cancelled cancelled -> Optional.of(cancelled.completed());
            case Pending pending -> Optional.empty();
            case Failed failed -> Optional.empty();
        };
    }

    /** Placed; waiting for stock, coupon and payment. */
    record Pending(SagaProgress progress) implements OrderState {

        public Pending {
            Objects.requireNonNull(progress, "progress");
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.PENDING;
        }
    }

    /** Paid {@code paidAmount} at {@code completedAt}: stock reserved, coupon used, money taken. */
    record Completed(SagaProgress progress, long paidAmount, Instant completedAt) implements OrderState {

        public Completed {
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(completedAt, "completedAt");
            if (!progress.paymentRequested()) {
                throw new IllegalArgumentException("an order completes only once its payment was requested");
            }
            if (paidAmount < 0) {
                throw new IllegalArgumentException("a paid amount is never negative");
            }
        }

        public long subtotal() {
            return progress.subtotal().orElseThrow();
        }

        public long discount() {
            return progress.discount().orElseThrow();
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.COMPLETED;
        }
    }

    /** A participant said no, or the saga deadline passed; everything done for the order is undone. */
    record Failed(SagaProgress progress, Failure failure, Instant failedAt) implements OrderState {

        public Failed {
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(failedAt, "failedAt");
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.FAILED;
        }
    }

    /** Completed, then taken back by the member at {@code cancelledAt}; everything is undone. */
    record Cancelled(Completed completed, Instant cancelledAt) implements OrderState {

        public Cancelled {
            Objects.requireNonNull(completed, "completed");
            Objects.requireNonNull(cancelledAt, "cancelledAt");
        }

        @Override
        public SagaProgress progress() {
            return completed.progress();
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.CANCELLED;
        }
    }
}
