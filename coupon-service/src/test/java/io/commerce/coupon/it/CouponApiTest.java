package io.commerce.coupon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.DevTokens;
import io.commerce.localstack.LocalStackTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The member's and the operator's flows over HTTP only, with real tokens. */
@LocalStackTest
class CouponApiTest {

    @LocalServerPort
    int port;

    private final String member = "member-" + UUID.randomUUID();

    @Test
    void an_operator_opens_a_campaign_and_a_member_claims_lists_and_cannot_claim_twice() {
        var now = Instant.now();
        var created = call(admin(), "POST", "/api/v1/admin/coupons/campaigns", """
                {"name":"Launch","discount":{"kind":"PERCENTAGE","value":15,"cap":3000},"totalQuantity":2,
                 "opensAt":"%s","closesAt":"%s","couponValidFor":"P3D"}""".formatted(now.minusSeconds(60),
                now.plus(Duration.ofHours(1))));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long campaignId = created.getBody().get("id").asLong();

        var claimed = call(memberToken(member), "POST", "/api/v1/coupons/campaigns/" + campaignId + "/issue", null);
        assertThat(claimed.getStatusCode().value()).isEqualTo(201);
        assertThat(claimed.getBody().get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(claimed.getBody().get("campaignId").asLong()).isEqualTo(campaignId);
        assertThat(claimed.getBody().get("discount").get("cap").asLong()).isEqualTo(3000);
        assertThat(Instant.parse(claimed.getBody().get("expiresAt").asString()))
                .isBetween(now.plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(3)));

        var again = call(memberToken(member), "POST", "/api/v1/coupons/campaigns/" + campaignId + "/issue", null);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("code").asString()).isEqualTo("COUPON_ALREADY_ISSUED");

        var held = call(memberToken(member), "GET", "/api/v1/coupons?status=AVAILABLE", null);
        assertThat(held.getBody().get("totalElements").asLong()).isEqualTo(1);
        assertThat(held.getBody().get("content").get(0).get("id").asLong())
                .isEqualTo(claimed.getBody().get("id").asLong());
        var used = call(memberToken(member), "GET", "/api/v1/coupons?status=USED", null);
        assertThat(used.getBody().get("totalElements").asLong()).isZero();
        var someoneElses = call(memberToken("intruder-" + UUID.randomUUID()), "GET",
                "/api/v1/coupons/" + claimed.getBody().get("id").asLong(), null);
        assertThat(someoneElses.getStatusCode().value()).isEqualTo(404);

        var open = call(memberToken(member), "GET", "/api/v1/coupons/campaigns?size=100", null);
        var listed = open.getBody().get("content").valueStream()
                .filter(c -> c.get("id").asLong() == campaignId).findFirst().orElseThrow();
        assertThat(listed.get("remaining").asInt()).isEqualTo(1);
    }

    @Test
    void the_last_coupon_goes_to_one_member_the_next_hears_sold_out_and_the_holder_retrying_hears_they_have_it() {
        var now = Instant.now();
        long campaignId = call(admin(), "POST", "/api/v1/admin/coupons/campaigns", """
                {"name":"Tiny","discount":{"kind":"FIXED","value":500},"totalQuantity":1,
                 "opensAt":"%s","closesAt":"%s","couponValidFor":"PT1H"}""".formatted(now.minusSeconds(60),
                now.plus(Duration.ofHours(1)))).getBody().get("id").asLong();

        assertThat(call(memberToken(member), "POST", "/api/v1/coupons/campaigns/" + campaignId + "/issue", null)
                .getStatusCode().value()).isEqualTo(201);
        var late = call(memberToken("late-" + UUID.randomUUID()), "POST",
                "/api/v1/coupons/campaigns/" + campaignId + "/issue", null);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(late.getBody().get("code").asString()).isEqualTo("COUPON_SOLD_OUT");

        var retry = call(memberToken(member), "POST", "/api/v1/coupons/campaigns/" + campaignId + "/issue", null);
        assertThat(retry.getStatusCode().value()).isEqualTo(409);
        assertThat(retry.getBody().get("code").asString()).isEqualTo("COUPON_ALREADY_ISSUED");
    }

    @Test
    void claims_outside_the_window_or_for_unknown_campaigns_and_members_creating_campaigns_are_refused() {
        var now = Instant.now();
        long future = call(admin(), "POST", "/api/v1/admin/coupons/campaigns", """
                {"name":"Later","discount":{"kind":"FIXED","value":500},"totalQuantity":5,
                 "opensAt":"%s","closesAt":"%s","couponValidFor":"P1D"}""".formatted(now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2)))).getBody().get("id").asLong();

        var early = call(memberToken(member), "POST", "/api/v1/coupons/campaigns/" + future + "/issue", null);
        assertThat(early.getStatusCode().value()).isEqualTo(422);
        assertThat(early.getBody().get("code").asString()).isEqualTo("COUPON_NOT_ACTIVE");

        var unknown = call(memberToken(member), "POST", "/api/v1/coupons/campaigns/" + Long.MAX_VALUE + "/issue", null);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("code").asString()).isEqualTo("CAMPAIGN_NOT_FOUND");

        var forbidden = call(memberToken(member), "POST", "/api/v1/admin/coupons/campaigns", "{}");
        assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
        assertThat(call(null, "GET", "/api/v1/coupons", null).getStatusCode().value()).isEqualTo(401);
    }

    private String admin() {
        return DevTokens.shared().adminToken("operator-" + UUID.randomUUID());
    }

    private static String memberToken(String memberId) {
        return DevTokens.shared().memberToken(memberId);
    }

    private ResponseEntity<JsonNode> call(String token, String method, String path, String body) {
        var request = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (req, res) -> { })
                .build()
                .method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(JsonNode.class);
    }
}
