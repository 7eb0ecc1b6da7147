package io.commerce.order.domain;

import java.time.Instant;

/** What an order did with something it heard, and so what the service must announce. */
public sealed interface SagaStep {

    /** Nothing changed: a duplicate, a late reply for a finished order, a reply that isn't this order's. */
    record Ignored(String why) implements SagaStep {
    }

    /** Recorded; the order still waits for {@code waitingFor}. Nothing to announce. */
    record Waiting(String waitingFor) implements SagaStep {
    }

    /** Stock and coupon are settled: ask the balance for {@code amount} KRW. */
    record PaymentDue(long amount) implements SagaStep {
    }

    /** Paid: announce OrderCompleted. */
    record Completed(Instant at) implements SagaStep {
    }

    /** Failed at {@code at}: announce OrderFailed so every participant undoes its part. */
    record Failed(Failure failure, Instant at) implements SagaStep {
    }

    /** Cancelled by the member: announce OrderFailed(CANCELLED) so every participant undoes its part. */
    record Cancelled(Instant at) implements SagaStep {
    }
}
