package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commerce.localstack.suite.Suite;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/** Builds the world a test needs in one line per fact, through the same API a client uses. */
final class World {

    static final Duration SAGA_PATIENCE = Duration.ofSeconds(120);

    private final Suite suite;
    private final Api admin;

    /** In the JVM's {@link RunningSuite}. */
    World() {
        this(RunningSuite.get());
    }

    World(Suite suite) {
        this.suite = suite;
        this.admin = new Api(suite.gatewayUrl(), suite.tokens().adminToken("e2e-operator"));
    }

    Api member(String memberId) {
        return new Api(suite.gatewayUrl(), suite.tokens().memberToken(memberId));
    }

    /** A new member holding {@code balance} KRW (charged in steps the charge limits allow). */
    Member memberWith(long balance) {
        var id = "e2e-" + UUID.randomUUID();
        var api = member(id);
        for (long left = balance; left > 0; left -= 1_000_000) {
            var charged = api.post("/api/v1/balance/charges", "{\"amount\":" + Math.min(left, 1_000_000) + "}");
            assertThat(charged.status()).as("charge %s", charged.body()).isEqualTo(201);
        }
        return new Member(id, api);
    }

    long product(long price, long stock) {
        var created = admin.post("/api/v1/admin/products",
                "{\"name\":\"e2e %s\",\"price\":%d,\"stock\":%d}".formatted(UUID.randomUUID(), price, stock));
        assertThat(created.status()).as("product %s", created.body()).isEqualTo(201);
        return created.get("id").asLong();
    }

    long stockOf(long productId) {
        return admin.get("/api/v1/products/" + productId).get("stock").asLong();
    }

    long fixedDiscountCampaign(long amountOff, int quantity) {
        var now = Instant.now();
        var created = admin.post("/api/v1/admin/coupons/campaigns", """
                {"name":"e2e %s","discount":{"kind":"FIXED","value":%d},"totalQuantity":%d,
                 "opensAt":"%s","closesAt":"%s","couponValidFor":"P1D"}"""
                .formatted(UUID.randomUUID(), amountOff, quantity, now.minusSeconds(60), now.plusSeconds(3600)));
        assertThat(created.status()).as("campaign %s", created.body()).isEqualTo(201);
        return created.get("id").asLong();
    }

    long unitsSoldRecently(long productId) {
        var ranking = new Api(suite.urlOf("dataplatform-service"), suite.tokens().memberToken("e2e-reader"))
                .get("/api/v1/rankings/products?days=3&limit=100");
        for (var entry : ranking.body().path("products")) {
            if (entry.path("productId").asLong() == productId) {
                return entry.path("unitsSold").asLong();
            }
        }
        return 0;
    }

    record Member(String id, Api api) {

        long balance() {
            return api.get("/api/v1/balance").get("balance").asLong();
        }

        long claim(long campaignId) {
            var claimed = api.post("/api/v1/coupons/campaigns/" + campaignId + "/issue", "");
            assertThat(claimed.status()).as("claim %s", claimed.body()).isEqualTo(201);
            return claimed.get("id").asLong();
        }

        String couponStatus(long couponId) {
            return api.get("/api/v1/coupons/" + couponId).get("status").asString();
        }

        /**
         * Places an order as a careful client does: a refusal (503, with {@code Retry-After}: order-service's
         * {@code ORDERS_BACKLOGGED} while a burst is settling) or a gateway timeout (504, outcome unknown) is sent again
         * under the same Idempotency-Key, which can't place it twice, a second after it was answered, the
         * {@code Retry-After} of order-service's refusals.
         */
        Api.Response place(String orderJson) {
            var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
            var last = new AtomicReference<>(attempt(() -> api.post("/api/v1/orders", orderJson, key)));
            if (isRetryable(last.get())) {
                await().atMost(SAGA_PATIENCE).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> {
                            last.set(attempt(() -> api.post("/api/v1/orders", orderJson, key)));
                            return !isRetryable(last.get());
                        });
            }
            return last.get();
        }

        /**
         * The answer, or null if the connection broke before it was whole (a service killed while the gateway relayed
         * its answer): as for a 504, the outcome is unknown and the request may be repeated.
         */
        private static Api.Response attempt(java.util.function.Supplier<Api.Response> request) {
            try {
                return request.get();
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof java.io.IOException) {
                    return null;
                }
                throw e;
            }
        }

        private static boolean isRetryable(Api.Response response) {
            return response == null || response.status() == 503 || response.status() == 504;
        }

        String order(long productId, int quantity) {
            return placed(place("{\"lines\":[{\"productId\":%d,\"quantity\":%d}]}".formatted(productId, quantity)));
        }

        String order(long productId, int quantity, long couponId) {
            return placed(place("{\"lines\":[{\"productId\":%d,\"quantity\":%d}],\"couponId\":%d}"
                    .formatted(productId, quantity, couponId)));
        }

        private static String placed(Api.Response response) {
            // 200 is the answer to a retry the first attempt of which was placed after all
            assertThat(response.status()).as("order %s", response.body()).isIn(200, 202);
            return response.get("id").asString();
        }

        /** Follows the order as a client should: each request waits up to 3 s for the saga to end. */
        JsonNode awaitFinal(String orderId) {
            var last = new AtomicReference<JsonNode>();
            await().atMost(SAGA_PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                var order = attempt(() -> api.get("/api/v1/orders/" + orderId + "?wait=3"));
                if (isRetryable(order)) {
                    return false; // shed, timed out or cut off (a service killed mid-answer): ask again
                }
                assertThat(order.status()).as("order %s", order.body()).isEqualTo(200);
                last.set(order.body());
                return !order.get("status").asString().equals("PENDING");
            });
            return last.get();
        }
    }
}
