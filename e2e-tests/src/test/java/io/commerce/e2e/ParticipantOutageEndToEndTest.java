package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** A participant goes down mid-saga and comes back: its orders complete, nothing is lost or doubled. */
class ParticipantOutageEndToEndTest {

    private final World world = new World();

    @Test
    void orders_placed_while_the_balance_service_is_down_complete_when_it_returns() {
        var suite = RunningSuite.get();
        var product = world.product(5_000, 20);
        var members = new ArrayList<World.Member>();
        for (int i = 0; i < 5; i++) {
            members.add(world.memberWith(20_000));
        }

        suite.stop("balance-service");
        var orders = new ArrayList<String>();
        try {
            for (var member : members) {
                orders.add(member.order(product, 2));
            }
            for (int i = 0; i < orders.size(); i++) {
                var pending = members.get(i).api().get("/api/v1/orders/" + orders.get(i));
                assertThat(pending.get("status").asString()).isEqualTo("PENDING");
            }
        } finally {
            suite.restart(RunningSuite.ROOT, "balance-service", java.util.List.of());
        }

        for (int i = 0; i < orders.size(); i++) {
            var order = members.get(i).awaitFinal(orders.get(i));
            assertThat(order.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(members.get(i).balance()).isEqualTo(10_000);
        }
        assertThat(world.stockOf(product)).isEqualTo(10);
    }
}
