package io.commerce.order.application.port.out;

import io.commerce.order.domain.FailureReason;
import java.time.Duration;

/** Counts what happens to orders; recorded only if the transaction that made it happen commits. */
public interface OrderMetrics {

    void placed();

    void completed(Duration sagaDuration);

    void failed(FailureReason reason, Duration sagaDuration);

    void cancelled();
}
