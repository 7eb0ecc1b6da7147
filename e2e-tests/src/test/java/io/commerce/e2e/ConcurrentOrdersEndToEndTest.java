package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConcurrentOrdersEndToEndTest {

    private final World world = new World();

    @Test
    void three_hundred_members_racing_for_a_hundred_units_complete_exactly_a_hundred_orders() throws Exception {
        var product = world.product(10_000, 100);
        var members = new ArrayList<World.Member>();
        for (int i = 0; i < 300; i++) {
            members.add(world.memberWith(30_000));
        }
        long charged = 300L * 30_000;

        var orders = placeConcurrently(members, m -> m.order(product, 1));
        var outcomes = new ArrayList<JsonNode>();
        for (int i = 0; i < members.size(); i++) {
            outcomes.add(members.get(i).awaitFinal(orders.get(i)));
        }

        Map<String, Long> byOutcome = outcomes.stream().collect(Collectors.groupingBy(
                o -> o.get("status").asString() + " " + o.path("reason").asString(""), Collectors.counting()));
        assertThat(byOutcome).containsOnly(Map.entry("COMPLETED ", 100L), Map.entry("FAILED OUT_OF_STOCK", 200L));
        assertThat(world.stockOf(product)).isZero();
        long balances = members.stream().mapToLong(World.Member::balance).sum();
        long paid = outcomes.stream().filter(o -> o.get("status").asString().equals("COMPLETED"))
                .mapToLong(o -> o.get("paidAmount").asLong()).sum();
        assertThat(paid).isEqualTo(100L * 10_000);
        assertThat(balances + paid).isEqualTo(charged);
    }

    private static List<String> placeConcurrently(List<World.Member> members, Function<World.Member, String> place)
            throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(64)) {
            var futures = new ArrayList<Future<String>>();
            for (var member : members) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return place.apply(member);
                }));
            }
            start.countDown();
            var ids = new ArrayList<String>();
            for (var future : futures) {
                ids.add(future.get());
            }
            return ids;
        }
    }
}
