package io.commerce.order.adapter.out.metrics;

import io.commerce.order.application.port.out.OrderMetrics;
import io.commerce.order.domain.FailureReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code commerce.orders.placed|completed|cancelled}, {@code commerce.orders.failed{reason}} and the
 * {@code commerce.orders.saga.duration{outcome}} timer (placement to COMPLETED or FAILED, with a percentile
 * histogram). Recorded after the transaction commits, so a rolled-back attempt that is retried counts once;
 * {@code commerce.orders.refused}, a placement refused for the saga's backlog, at once.
 */
@Component
class MicrometerOrderMetrics implements OrderMetrics {

    private final MeterRegistry meters;
    private final Counter placed;
    private final Counter completed;
    private final Counter cancelled;
    private final Counter refused;

    MicrometerOrderMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.placed = Counter.builder("commerce.orders.placed").description("Orders accepted").register(meters);
        this.completed = Counter.builder("commerce.orders.completed").description("Orders paid").register(meters);
        this.cancelled = Counter.builder("commerce.orders.cancelled").description("Completed orders cancelled by the member")
                .register(meters);
        this.refused = Counter.builder("commerce.orders.refused")
                .description("Placements refused while the saga's backlog was older than admitted").register(meters);
    }

    @Override
    public void placed() {
        afterCommit(placed::increment);
    }

    @Override
    public void refused() {
        refused.increment();
    }

    @Override
    public void completed(Duration sagaDuration) {
        afterCommit(() -> {
            completed.increment();
            sagaTimer("COMPLETED").record(sagaDuration);
        });
    }

    @Override
    public void failed(FailureReason reason, Duration sagaDuration) {
        afterCommit(() -> {
            Counter.builder("commerce.orders.failed").description("Orders failed, by reason")
                    .tag("reason", reason.name()).register(meters).increment();
            sagaTimer("FAILED").record(sagaDuration);
        });
    }

    @Override
    public void cancelled() {
        afterCommit(cancelled::increment);
    }

    private Timer sagaTimer(String outcome) {
        return Timer.builder("commerce.orders.saga.duration")
                .description("From placement to COMPLETED or FAILED")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(meters);
    }

    private static void afterCommit(Runnable record) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                record.run();
            }
        });
    }
}
