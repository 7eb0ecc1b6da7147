package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;

/** The flows a member sees, across all five services, over HTTP through the gateway only. */
class OrderSagaEndToEndTest {

    private final World world = new World();

    @Test
    void an_order_without_a_coupon_pays_reserves_and_is_counted() {
        var product = world.product(12_000, 10);
        var member = world.memberWith(100_000);

        var order = member.awaitFinal(member.order(product, 3));

        assertThat(order.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(order.get("subtotal").asLong()).isEqualTo(36_000);
        assertThat(order.get("discount").asLong()).isZero();
        assertThat(order.get("paidAmount").asLong()).isEqualTo(36_000);
        assertThat(member.balance()).isEqualTo(64_000);
        assertThat(world.stockOf(product)).isEqualTo(7);
        await().atMost(World.SAGA_PATIENCE).until(() -> world.unitsSoldRecently(product) == 3);
    }

    @Test
    void an_order_with_a_coupon_pays_the_subtotal_less_the_discount_and_uses_the_coupon() {
        var product = world.product(20_000, 10);
        var campaign = world.fixedDiscountCampaign(5_000, 10);
        var member = world.memberWith(100_000);
        var coupon = member.claim(campaign);

        var order = member.awaitFinal(member.order(product, 2, coupon));

        assertThat(order.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(order.get("subtotal").asLong()).isEqualTo(40_000);
        assertThat(order.get("discount").asLong()).isEqualTo(5_000);
        assertThat(order.get("paidAmount").asLong()).isEqualTo(35_000);
        assertThat(member.balance()).isEqualTo(65_000);
        assertThat(world.stockOf(product)).isEqualTo(8);
        assertThat(member.couponStatus(coupon)).isEqualTo("USED");
    }

    @Test
    void a_discount_larger_than_the_order_makes_it_free_not_negative() {
        var product = world.product(3_000, 10);
        var campaign = world.fixedDiscountCampaign(50_000, 10);
        var member = world.memberWith(10_000);
        var coupon = member.claim(campaign);

        var order = member.awaitFinal(member.order(product, 1, coupon));

        assertThat(order.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(order.get("paidAmount").asLong()).isZero();
        assertThat(member.balance()).isEqualTo(10_000);
    }

    @Test
    void out_of_stock_fails_and_changes_nothing() {
        var product = world.product(10_000, 1);
        var campaign = world.fixedDiscountCampaign(1_000, 10);
        var member = world.memberWith(100_000);
        var coupon = member.claim(campaign);

        var order = member.awaitFinal(member.order(product, 2, coupon));

        assertThat(order.get("status").asString()).isEqualTo("FAILED");
        assertThat(order.get("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(member.balance()).isEqualTo(100_000);
        assertThat(world.stockOf(product)).isEqualTo(1);
        await().atMost(World.SAGA_PATIENCE).until(() -> member.couponStatus(coupon).equals("AVAILABLE"));
    }

    @Test
    void a_coupon_already_used_fails_the_second_order_and_restores_its_stock() {
        var product = world.product(10_000, 10);
        var campaign = world.fixedDiscountCampaign(1_000, 10);
        var member = world.memberWith(100_000);
        var coupon = member.claim(campaign);
        member.awaitFinal(member.order(product, 1, coupon));

        var second = member.awaitFinal(member.order(product, 1, coupon));

        assertThat(second.get("status").asString()).isEqualTo("FAILED");
        assertThat(second.get("reason").asString()).isEqualTo("COUPON_REJECTED");
        assertThat(member.balance()).isEqualTo(91_000);
        await().atMost(World.SAGA_PATIENCE).until(() -> world.stockOf(product) == 9);
        assertThat(member.couponStatus(coupon)).isEqualTo("USED");
    }

    @Test
    void insufficient_balance_fails_and_gives_back_stock_and_coupon() {
        var product = world.product(50_000, 5);
        var campaign = world.fixedDiscountCampaign(1_000, 10);
        var member = world.memberWith(20_000);
        var coupon = member.claim(campaign);

        var order = member.awaitFinal(member.order(product, 1, coupon));

        assertThat(order.get("status").asString()).isEqualTo("FAILED");
        assertThat(order.get("reason").asString()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(member.balance()).isEqualTo(20_000);
        await().atMost(World.SAGA_PATIENCE).untilAsserted(() -> {
            assertThat(world.stockOf(product)).isEqualTo(5);
            assertThat(member.couponStatus(coupon)).isEqualTo("AVAILABLE");
        });
    }

    @Test
    void a_cancelled_order_gives_back_money_stock_and_coupon() {
        var product = world.product(10_000, 5);
        var campaign = world.fixedDiscountCampaign(2_000, 10);
        var member = world.memberWith(50_000);
        var coupon = member.claim(campaign);
        var orderId = member.order(product, 2, coupon);
        member.awaitFinal(orderId);

        var cancelled = member.api().post("/api/v1/orders/" + orderId + "/cancel", "");

        assertThat(cancelled.status()).as("cancel %s", cancelled.body()).isBetween(200, 202);
        await().atMost(World.SAGA_PATIENCE).untilAsserted(() -> {
            assertThat(member.balance()).isEqualTo(50_000);
            assertThat(world.stockOf(product)).isEqualTo(5);
            assertThat(member.couponStatus(coupon)).isEqualTo("AVAILABLE");
        });
    }

    @Test
    void a_retried_order_request_places_one_order() {
        var product = world.product(1_000, 10);
        var member = world.memberWith(10_000);
        var key = java.util.Map.of("Idempotency-Key", "retry-" + java.util.UUID.randomUUID());
        var body = "{\"lines\":[{\"productId\":" + product + ",\"quantity\":1}]}";

        var first = member.api().post("/api/v1/orders", body, key);
        var retry = member.api().post("/api/v1/orders", body, key);

        assertThat(retry.get("id").asString()).isEqualTo(first.get("id").asString());
        member.awaitFinal(first.get("id").asString());
        assertThat(member.balance()).isEqualTo(9_000);
        assertThat(world.stockOf(product)).isEqualTo(9);
    }

    @Test
    void another_members_order_is_invisible() {
        var product = world.product(1_000, 10);
        var owner = world.memberWith(10_000);
        var orderId = owner.order(product, 1);
        var stranger = world.memberWith(0);

        assertThat(stranger.api().get("/api/v1/orders/" + orderId).status()).isEqualTo(404);
        assertThat(stranger.api().post("/api/v1/orders/" + orderId + "/cancel", "").status()).isEqualTo(404);
    }
}
