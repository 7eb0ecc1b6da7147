package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * balance-service, every instance of it, is down for longer than the saga deadline. The orders waiting for their
 * payment fail with TIMEOUT, and their stock and coupons come back. When balance-service returns it reads the payment
 * requests it missed, pays them, and then the failures that followed them: each late payment is refunded, so the
 * money comes back too. Orders placed after the outage complete.
 */
class PaymentPastDeadlineFaultTest {

    @Test
    void payments_made_after_the_deadline_are_refunded_and_everything_is_conserved() throws Exception {
        var suite = FaultSuite.get();
        var stream = OrderStream.prepare(suite);
        var outage = OrderStream.PRODUCTION_DEADLINE.plusSeconds(10);

        var outcome = stream.run(() -> suite.stop("balance-service"), outage,
                () -> suite.restart(RunningSuite.ROOT, "balance-service", List.of()));

        var timedOut = outcome.orders().stream().filter(o -> o.outcome().equals("FAILED TIMEOUT")).toList();
        assertThat(timedOut).as("orders that waited for their payment past the deadline").isNotEmpty();
        assertThat(outcome.outcomes().keySet()).containsOnly("COMPLETED", "FAILED TIMEOUT");
        outcome.assertConserved();
        // each timed-out order was paid late and refunded, or never paid: never paid and kept
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (var order : timedOut) {
                var entries = ledgerOf(order);
                assertThat(Collections.frequency(entries, "REFUND")).as("refunds of %s", order.order().id())
                        .isEqualTo(Collections.frequency(entries, "PAYMENT")).isLessThanOrEqualTo(1);
            }
        });
        assertThat(timedOut).as("late payments, refunded")
                .anySatisfy(order -> assertThat(ledgerOf(order)).containsExactlyInAnyOrder("PAYMENT", "REFUND"));
    }

    /** The types of the ledger entries of one order, from its member's transactions. */
    private static List<String> ledgerOf(OrderStream.Settled order) {
        var types = new ArrayList<String>();
        var page = order.order().member().api().get("/api/v1/balance/transactions?size=100").body().path("content");
        for (var entry : page) {
            if (entry.path("orderId").asString("").equals(order.order().id())) {
                types.add(entry.path("type").asString());
            }
        }
        return types;
    }
}
