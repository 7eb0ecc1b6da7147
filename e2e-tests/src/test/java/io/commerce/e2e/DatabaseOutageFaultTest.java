package io.commerce.e2e;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL, which every service keeps its data in, is stopped for ten seconds mid-stream and started again on the
 * same data. Meanwhile placements are refused with 503 (and retried by the client under the same key), consumers
 * retry their records and the outbox relays their batches; nothing is lost, and what was in flight still completes
 * within the deadline.
 */
class DatabaseOutageFaultTest {

    @Test
    void stopping_postgres_for_ten_seconds_mid_stream_loses_no_order_and_conserves_everything() throws Exception {
        var suite = FaultSuite.get();
        var postgres = suite.postgres();
        var stream = OrderStream.prepare(suite);

        var outcome = stream.run(postgres::stop, Duration.ofSeconds(10), postgres::restart);

        outcome.assertEveryOrderCompletedWithin(OrderStream.PRODUCTION_DEADLINE);
        outcome.assertConserved();
    }
}
