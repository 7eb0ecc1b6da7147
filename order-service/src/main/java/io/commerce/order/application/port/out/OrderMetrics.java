package io.commerce.order.application.port.out;

import io.commerce.order.domain.FailureReason;
import java.time.Duration;

/**
 * Counts what happens to orders; recorded only if the transaction that made it happen commits, but for a refusal,
 * which stores nothing and is counted at once.
 */
public interface OrderMetrics {

    void placed();

    /** A placement refused because the saga's backlog was too old ({@code OrderAdmission}). */
    void refused();

    void completed(Duration sagaDuration);

    void failed(FailureReason reason, Duration sagaDuration);

    void cancelled();
}
