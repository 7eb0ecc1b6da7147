package io.commerce.localstack.suite;

import io.commerce.localstack.DevTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Seeds a freshly started suite through the gateway, as an operator and members would: products (one sold
 * out), an open coupon campaign, and members with money (and one without).
 */
public final class DemoData {

    public static final String RICH_MEMBER = "member-1";
    public static final String MODEST_MEMBER = "member-2";
    public static final String BROKE_MEMBER = "member-3";
    private final SuiteClient client;
    private final DevTokens tokens;

    public DemoData(String gateway, DevTokens tokens) {
        this.client = new SuiteClient(gateway);
        this.tokens = tokens;
    }

    /** Returns what was created, by name: product ids and the campaign id. */
    public Map<String, String> seed() {
        var admin = tokens.adminToken("operator-1");
        var created = new LinkedHashMap<String, String>();
        created.put("KEYBOARD_ID", product(admin, "Mechanical Keyboard", 89_000, 100));
        created.put("MOUSE_ID", product(admin, "Wireless Mouse", 39_000, 200));
        created.put("HUB_ID", product(admin, "USB-C Hub", 45_000, 50));
        created.put("MONITOR_ID", product(admin, "27-inch Monitor", 329_000, 20));
        created.put("STAND_ID", product(admin, "Laptop Stand", 29_000, 100));
        created.put("WEBCAM_ID", product(admin, "Webcam (sold out)", 59_000, 0));
        var now = Instant.now();
        created.put("CAMPAIGN_ID", id(client.post(admin, "/api/v1/admin/coupons/campaigns", """
                {"name":"Welcome 10%%","discount":{"kind":"PERCENTAGE","value":10,"cap":20000},"totalQuantity":100,
                 "opensAt":"%s","closesAt":"%s","couponValidFor":"P30D"}""".formatted(now.minusSeconds(60),
                now.plus(Duration.ofDays(7))), null)));
        charge(RICH_MEMBER, 500_000);
        charge(MODEST_MEMBER, 100_000);
        return created;
    }

    /** What the demo script needs: where the gateway is, tokens for the demo members, and the seeded ids. */
    public static Map<String, String> environment(Suite suite, Map<String, String> seeded) {
        var env = new LinkedHashMap<String, String>();
        env.put("GATEWAY_URL", suite.gatewayUrl());
        env.put("ZIPKIN_URL", suite.traceViewer().url());
        env.put("MEMBER_TOKEN", suite.tokens().memberToken(RICH_MEMBER));
        env.put("MODEST_TOKEN", suite.tokens().memberToken(MODEST_MEMBER));
        env.put("BROKE_TOKEN", suite.tokens().memberToken(BROKE_MEMBER));
        env.put("ADMIN_TOKEN", suite.tokens().adminToken("operator-1"));
        env.putAll(seeded);
        return env;
    }

    private String product(String admin, String name, long price, long stock) {
        return id(client.post(admin, "/api/v1/admin/products",
                "{\"name\":\"%s\",\"price\":%d,\"stock\":%d}".formatted(name, price, stock), null));
    }

    private void charge(String member, long amount) {
        client.post(tokens.memberToken(member), "/api/v1/balance/charges", "{\"amount\":" + amount + "}",
                "demo-seed-" + UUID.randomUUID());
    }

    private static String id(String json) {
        return String.valueOf(SuiteClient.idOf(json));
    }
}
