package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * During a stream of orders from many members, some with coupons, an instance of order-service and one of
 * product-service are killed with SIGKILL while their consumers hold partitions, then started again. A crash shorter
 * than the saga deadline must cost no order: with stock, balances and coupons enough for all, every order completes,
 * within the production deadline of 30 s (the suite's own is longer), and stock, coupons and money are conserved
 * exactly.
 */
class ReplicaCrashEndToEndTest {

    private static final Duration PRODUCTION_DEADLINE = Duration.ofSeconds(30);
    private static final int MEMBERS = 40;
    private static final int ORDERS = 120;
    private static final long PRICE = 2_000;
    private static final long STOCK = 1_000;
    private static final long BALANCE = 100_000;
    private static final int COUPONS = 15;

    private final World world = new World();

    @Test
    void killing_an_order_and_a_product_instance_mid_stream_loses_no_order_and_conserves_everything()
            throws Exception {
        var suite = RunningSuite.get();
        var products = List.of(world.product(PRICE, STOCK), world.product(PRICE, STOCK));
        var campaign = world.fixedDiscountCampaign(500, COUPONS);
        var members = new ArrayList<World.Member>();
        var coupons = new HashMap<World.Member, Long>();
        for (int i = 0; i < MEMBERS; i++) {
            var member = world.memberWith(BALANCE);
            members.add(member);
            if (i < COUPONS) {
                coupons.put(member, member.claim(campaign));
            }
        }
        // the last instance of each: with replicas, the others keep serving; alone, the suite waits for it
        var orderInstance = suite.instancesOf("order-service").getLast().name();
        var productInstance = suite.instancesOf("product-service").getLast().name();

        var placed = new ArrayList<Future<Placed>>();
        try (var clients = Executors.newScheduledThreadPool(16); var operator = Executors.newScheduledThreadPool(1)) {
            // ten orders a second for twelve seconds; the crash three seconds in, the restart three seconds later
            for (int i = 0; i < ORDERS; i++) {
                var member = members.get(i % MEMBERS);
                Long coupon = i < MEMBERS ? coupons.get(member) : null; // a holder's first order uses the coupon
                long product = products.get(ThreadLocalRandom.current().nextInt(products.size()));
                int quantity = 1 + ThreadLocalRandom.current().nextInt(3);
                placed.add(clients.schedule(() -> new Placed(member, product, quantity, coupon == null
                        ? member.order(product, quantity) : member.order(product, quantity, coupon)),
                        i * 100L, TimeUnit.MILLISECONDS));
            }
            var crash = operator.schedule(() -> {
                suite.kill(orderInstance);
                suite.kill(productInstance);
            }, 3, TimeUnit.SECONDS);
            var recovery = operator.schedule(() -> {
                suite.restartInstance(RunningSuite.ROOT, orderInstance,
                        RunningSuite.SETTINGS.getOrDefault("order-service", List.of()));
                suite.restartInstance(RunningSuite.ROOT, productInstance, List.of());
                return null;
            }, 6, TimeUnit.SECONDS);
            crash.get();
            recovery.get();
        }

        var settled = new ArrayList<Settled>();
        for (var future : placed) {
            var order = future.get();
            settled.add(new Settled(order, order.member().awaitFinal(order.id())));
        }
        Map<String, Long> outcomes = new HashMap<>();
        settled.forEach(s -> outcomes.merge(s.view().get("status").asString() + " "
                + s.view().path("reason").asString(""), 1L, Long::sum));
        // stock, balances and coupons suffice: every order completes, none fails (TIMEOUT least of all)
        assertThat(outcomes).containsOnly(Map.entry("COMPLETED ", (long) ORDERS));
        for (var s : settled) {
            var placedAt = Instant.parse(s.view().get("createdAt").asString());
            var ended = Instant.parse(s.view().get("completedAt").asString());
            assertThat(Duration.between(placedAt, ended)).as("order %s", s.order().id())
                    .isLessThanOrEqualTo(PRODUCTION_DEADLINE);
        }

        // stock: each product's initial stock less the units of its COMPLETED orders
        for (long product : products) {
            long sold = settled.stream().filter(s -> s.completed() && s.order().product() == product)
                    .mapToLong(s -> s.order().quantity()).sum();
            assertThat(world.stockOf(product)).as("stock of %d", product).isEqualTo(STOCK - sold);
        }
        // money: every member's balance is what was charged less what their COMPLETED orders paid, once each
        for (var member : members) {
            long paid = settled.stream().filter(s -> s.completed() && s.order().member().equals(member))
                    .mapToLong(s -> s.view().get("paidAmount").asLong()).sum();
            assertThat(member.balance()).as("balance of %s", member.id()).isEqualTo(BALANCE - paid);
        }
        // coupons: used by exactly the COMPLETED orders that carried one, available again otherwise
        for (var entry : coupons.entrySet()) {
            boolean used = settled.stream().anyMatch(s -> s.completed() && s.order().member().equals(entry.getKey())
                    && s.view().path("couponId").asLong(-1) == entry.getValue());
            assertThat(entry.getKey().couponStatus(entry.getValue())).isEqualTo(used ? "USED" : "AVAILABLE");
        }
        assertThat(suite.processes().values()).allSatisfy(p -> assertThat(p.isAlive()).as(p.name()).isTrue());
    }

    private record Placed(World.Member member, long product, int quantity, String id) {
    }

    private record Settled(Placed order, JsonNode view) {

        boolean completed() {
            return view.get("status").asString().equals("COMPLETED");
        }
    }
}
