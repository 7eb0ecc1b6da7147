package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An instance of order-service and one of product-service are killed with SIGKILL while their consumers hold
 * partitions, and started again three seconds later. A crash shorter than the saga deadline must cost no order:
 * every order completes within it. It needs the consumers' 10 s session timeout (commerce-defaults): with Kafka's
 * 45 s, the dead instances' partitions wait past the deadline.
 */
class ReplicaCrashFaultTest {

    @Test
    void killing_an_order_and_a_product_instance_mid_stream_loses_no_order_and_conserves_everything()
            throws Exception {
        var suite = FaultSuite.get();
        var stream = OrderStream.prepare(suite);
        // the last instance of each: with replicas, the others keep serving; alone, the suite waits for it
        var orderInstance = suite.instancesOf("order-service").getLast().name();
        var productInstance = suite.instancesOf("product-service").getLast().name();

        // down for three seconds, as after a crash that a supervisor restarts at once
        var outcome = stream.run(() -> {
            suite.kill(orderInstance);
            suite.kill(productInstance);
        }, Duration.ofSeconds(3), () -> {
            FaultSuite.restartInstance(orderInstance);
            FaultSuite.restartInstance(productInstance);
        });

        outcome.assertEveryOrderCompletedWithin(OrderStream.PRODUCTION_DEADLINE);
        outcome.assertConserved();
        assertThat(suite.processes().values()).allSatisfy(p -> assertThat(p.isAlive()).as(p.name()).isTrue());
    }
}
