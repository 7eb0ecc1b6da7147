package io.commerce.order.application.port.out;

import java.time.Duration;

/** Counts what happens to orders; recorded only if the transaction that made it happen commits. */
public interface OrderMetrics {

    void placed();

    void completed(Duration sagaDuration);

    void failed(String reason, Duration sagaDuration);

    void cancelled();
}
