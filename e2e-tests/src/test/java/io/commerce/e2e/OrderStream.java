package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.localstack.suite.Suite;
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
import tools.jackson.databind.JsonNode;

/**
 * What every fault test does around its fault: a stream of orders from many members, some with coupons, ten a second
 * for twelve seconds, with stock, balances and coupons enough for all; the fault begins three seconds in. Afterwards
 * it follows each order to its end and checks that stock, coupons and money are exactly what the orders' outcomes
 * say they must be.
 */
final class OrderStream {

    static final Duration PRODUCTION_DEADLINE = Duration.ofSeconds(30);
    static final Duration FAULT_AT = Duration.ofSeconds(3);

    private static final int MEMBERS = 40;
    private static final int ORDERS = 120;
    private static final long PRICE = 2_000;
    private static final long STOCK = 1_000;
    private static final long BALANCE = 100_000;
    private static final int COUPONS = 15;

    private final World world;
    private final List<Long> products;
    private final List<World.Member> members = new ArrayList<>();
    private final Map<World.Member, Long> coupons = new HashMap<>();

    private OrderStream(Suite suite) {
        this.world = new World(suite);
        this.products = List.of(world.product(PRICE, STOCK), world.product(PRICE, STOCK));
        var campaign = world.fixedDiscountCampaign(500, COUPONS);
        for (int i = 0; i < MEMBERS; i++) {
            var member = world.memberWith(BALANCE);
            members.add(member);
            if (i < COUPONS) {
                coupons.put(member, member.claim(campaign));
            }
        }
    }

    /** Members, products and coupons for a stream. */
    static OrderStream prepare(Suite suite) {
        return new OrderStream(suite);
    }

    /**
     * Places the stream, begins the fault {@link #FAULT_AT} into it and ends it {@code lasting} later, and follows
     * every order to COMPLETED or FAILED.
     */
    Outcome run(Runnable begin, Duration lasting, Runnable end) throws Exception {
        var placed = new ArrayList<Future<Placed>>();
        try (var clients = Executors.newScheduledThreadPool(16); var operator = Executors.newScheduledThreadPool(1)) {
            for (int i = 0; i < ORDERS; i++) {
                var member = members.get(i % MEMBERS);
                Long coupon = i < MEMBERS ? coupons.get(member) : null; // a holder's first order uses the coupon
                long product = products.get(ThreadLocalRandom.current().nextInt(products.size()));
                int quantity = 1 + ThreadLocalRandom.current().nextInt(3);
                placed.add(clients.schedule(() -> new Placed(member, product, quantity, coupon == null
                        ? member.order(product, quantity) : member.order(product, quantity, coupon)),
                        i * 100L, TimeUnit.MILLISECONDS));
            }
            var begun = operator.schedule(begin, FAULT_AT.toMillis(), TimeUnit.MILLISECONDS);
            var ended = operator.schedule(end, FAULT_AT.plus(lasting).toMillis(), TimeUnit.MILLISECONDS);
            begun.get();
            ended.get();
        }
        var settled = new ArrayList<Settled>();
        for (var future : placed) {
            var order = future.get();
            settled.add(new Settled(order, order.member().awaitFinal(order.id())));
        }
        return new Outcome(settled);
    }

    record Placed(World.Member member, long product, int quantity, String id) {
    }

    record Settled(Placed order, JsonNode view) {

        String status() {
            return view.get("status").asString();
        }

        boolean completed() {
            return status().equals("COMPLETED");
        }

        /** {@code COMPLETED}, or {@code FAILED} and its reason. */
        String outcome() {
            return completed() ? "COMPLETED" : status() + " " + view.path("reason").asString("");
        }
    }

    final class Outcome {

        private final List<Settled> settled;

        private Outcome(List<Settled> settled) {
            this.settled = settled;
        }

        List<Settled> orders() {
            return settled;
        }

        /** How many orders ended how. */
        Map<String, Long> outcomes() {
            Map<String, Long> counts = new HashMap<>();
            settled.forEach(s -> counts.merge(s.outcome(), 1L, Long::sum));
            return counts;
        }

        void assertEveryOrderCompletedWithin(Duration deadline) {
            assertThat(outcomes()).containsOnly(Map.entry("COMPLETED", (long) ORDERS));
            for (var s : settled) {
                var placedAt = Instant.parse(s.view().get("createdAt").asString());
                var ended = Instant.parse(s.view().get("completedAt").asString());
                assertThat(Duration.between(placedAt, ended)).as("order %s", s.order().id())
                        .isLessThanOrEqualTo(deadline);
            }
        }

        /**
         * Stock, money and coupons are what the outcomes say, once every participant has undone its part of the
         * failed orders (which it may do after the order has failed): each product's stock less the units of its
         * COMPLETED orders; each balance less what its COMPLETED orders paid, once each; a coupon USED by exactly
         * the COMPLETED order that carried it.
         */
        void assertConserved() {
            assertThat(settled).allSatisfy(s -> assertThat(s.outcome()).as("order %s", s.order().id())
                    .matches("COMPLETED|FAILED [A-Z_]+"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (long product : products) {
                    long sold = settled.stream().filter(s -> s.completed() && s.order().product() == product)
                            .mapToLong(s -> s.order().quantity()).sum();
                    assertThat(world.stockOf(product)).as("stock of %d", product).isEqualTo(STOCK - sold);
                }
                for (var member : members) {
                    long paid = settled.stream().filter(s -> s.completed() && s.order().member().equals(member))
                            .mapToLong(s -> s.view().get("paidAmount").asLong()).sum();
                    assertThat(member.balance()).as("balance of %s", member.id()).isEqualTo(BALANCE - paid);
                }
                for (var entry : coupons.entrySet()) {
                    boolean used = settled.stream().anyMatch(s -> s.completed()
                            && s.order().member().equals(entry.getKey())
                            && s.view().path("couponId").asLong(-1) == entry.getValue());
                    assertThat(entry.getKey().couponStatus(entry.getValue())).isEqualTo(used ? "USED" : "AVAILABLE");
                }
            });
        }
    }
}
