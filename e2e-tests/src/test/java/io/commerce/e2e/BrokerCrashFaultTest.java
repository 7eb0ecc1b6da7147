package io.commerce.e2e;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One of the three Kafka brokers is killed with SIGKILL mid-stream and started again five seconds later. Topics keep
 * three replicas and accept writes with two in sync, so producers and consumers move to the partitions' new leaders
 * and no order is lost or late.
 */
class BrokerCrashFaultTest {

    @Test
    void killing_a_broker_mid_stream_loses_no_order_and_conserves_everything() throws Exception {
        var suite = FaultSuite.get();
        var brokers = suite.kafkaCluster();
        var stream = OrderStream.prepare(suite);
        int victim = brokers.nodeIds().getFirst();

        var outcome = stream.run(() -> brokers.kill(victim), Duration.ofSeconds(5), () -> brokers.restart(victim));

        outcome.assertEveryOrderCompletedWithin(OrderStream.PRODUCTION_DEADLINE);
        outcome.assertConserved();
    }
}
