package io.commerce.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param limits       what one order may ask for
 * @param saga         how long an order may stay PENDING, and how often that is checked
 * @param cancellation how long after completion a member may cancel
 * @param statusWait   how many requests may wait for an order's saga to end at once
 * @param admission    when a new order is refused because the saga is behind
 */
@Validated
@ConfigurationProperties("order")
public record OrderProperties(@Valid @NotNull Limits limits, @Valid @NotNull Saga saga,
        @Valid @NotNull Cancellation cancellation, @Valid @NotNull StatusWait statusWait,
        @Valid @NotNull Admission admission) {

    /**
     * @param maxBacklogAge how old the oldest PENDING order may be for a new one to be admitted; shorter than the
     *                      saga deadline by at least the time the backlog takes to drain
     * @param sampleEvery   how often each instance reads that age
     * @param retryAfter    the {@code Retry-After} of a refusal
     */
    public record Admission(@NotNull Duration maxBacklogAge, @NotNull Duration sampleEvery,
            @NotNull Duration retryAfter) {
    }

    /** @param maxLines lines per order; @param maxQuantity units of one product per order */
    public record Limits(@Min(1) @Max(1000) int maxLines, @Min(1) int maxQuantity) {
    }

    /**
     * @param deadline   a PENDING order older than this fails with TIMEOUT
     * @param sweepEvery how often overdue orders are looked for
     * @param sweepBatch how many overdue orders one sweep transaction takes at most
     */
    public record Saga(@NotNull Duration deadline, @NotNull Duration sweepEvery, @Min(1) int sweepBatch) {
    }

    /**
     * @param maxWaiters requests that may wait at once (each holds a connection of the gateway's pool to this
     *                   service, which placements need too); beyond that a wait answers at once
     */
    public record StatusWait(@Min(0) int maxWaiters) {
    }

    /** @param window how long after completion an order may be cancelled */
    public record Cancellation(@NotNull Duration window) {
    }
}
