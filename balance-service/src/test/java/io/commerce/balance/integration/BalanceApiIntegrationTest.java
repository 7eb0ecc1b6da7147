package io.commerce.balance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.DevTokens;
import io.commerce.localstack.LocalStackTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The balance API over real HTTP, real tokens and real PostgreSQL. */
@LocalStackTest
class BalanceApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private RestClient http;
    private String member;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        member = "member-" + UUID.randomUUID();
    }

    private RestClient.RequestHeadersSpec<?> asMember(RestClient.RequestHeadersSpec<?> request, String memberId) {
        return request.header("Authorization", "Bearer " + DevTokens.shared().memberToken(memberId));
    }

    private JsonNode charge(String memberId, long amount, String key) {
        var request = http.post().uri("/api/v1/balance/charges").contentType(MediaType.APPLICATION_JSON)
                .body("{\"amount\":" + amount + "}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return asMember(request, memberId).retrieve().body(JsonNode.class);
    }

    private long balanceOf(String memberId) {
        return asMember(http.get().uri("/api/v1/balance"), memberId).retrieve().body(JsonNode.class)
                .get("balance").asLong();
    }

    @Test
    void a_new_member_has_nothing_then_charges_and_sees_the_history() {
        assertThat(balanceOf(member)).isZero();

        charge(member, 5_000, null);
        charge(member, 3_000, null);

        assertThat(balanceOf(member)).isEqualTo(8_000);
        var history = asMember(http.get().uri("/api/v1/balance/transactions?size=1"), member).retrieve()
                .body(JsonNode.class);
        assertThat(history.get("totalElements").asLong()).isEqualTo(2);
        assertThat(history.get("totalPages").asInt()).isEqualTo(2);
        assertThat(history.get("content").get(0).get("amount").asLong()).isEqualTo(3_000);
        assertThat(history.get("content").get(0).get("type").asString()).isEqualTo("CHARGE");
    }

    @Test
    void a_retried_charge_with_the_same_key_charges_once() {
        var first = charge(member, 5_000, "order-abc-1");
        var retry = charge(member, 5_000, "order-abc-1");
        var conflicting = charge(member, 7_000, "order-abc-1");

        assertThat(retry.get("transactionId")).isEqualTo(first.get("transactionId"));
        assertThat(conflicting.get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(balanceOf(member)).isEqualTo(5_000);
    }

    @Test
    void rejected_charges_change_nothing() {
        charge(member, 1_000_000, null);

        assertThat(charge(member, 999, null).get("code").asString()).isEqualTo("INVALID_AMOUNT");
        assertThat(charge(member, -1, null).get("code").asString()).isEqualTo("INVALID_AMOUNT");
        assertThat(charge(member, 1_000_001, null).get("code").asString()).isEqualTo("INVALID_AMOUNT");
        assertThat(charge(member, Long.MAX_VALUE, null).get("code").asString()).isEqualTo("INVALID_AMOUNT");
        for (int i = 0; i < 9; i++) {
            charge(member, 1_000_000, null);
        }
        assertThat(charge(member, 1_000, null).get("code").asString()).isEqualTo("BALANCE_LIMIT_EXCEEDED");

        assertThat(balanceOf(member)).isEqualTo(10_000_000);
        assertThat(ledgerSum(member)).isEqualTo(10_000_000);
    }

    @Test
    void no_token_no_balance() {
        var status = http.get().uri("/api/v1/balance").retrieve().toBodilessEntity().getStatusCode();

        assertThat(status).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void an_expired_token_or_one_from_another_issuer_is_refused() {
        var expired = DevTokens.shared().sign(new com.nimbusds.jwt.JWTClaimsSet.Builder().subject(member)
                .issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE)
                .expirationTime(new java.util.Date(System.currentTimeMillis() - 120_000)));
        var foreign = DevTokens.shared().sign(new com.nimbusds.jwt.JWTClaimsSet.Builder().subject(member)
                .issuer("https://evil.example").audience(DevTokens.AUDIENCE)
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 120_000)));

        for (var token : new String[] {expired, foreign, "not-a-jwt"}) {
            var status = http.get().uri("/api/v1/balance").header("Authorization", "Bearer " + token).retrieve()
                    .toBodilessEntity().getStatusCode();
            assertThat(status).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void a_member_can_neither_read_nor_charge_another_members_balance() {
        var victim = "victim-" + UUID.randomUUID();
        charge(victim, 50_000, null);

        // every way a client might name someone else: query, header, body
        var seen = asMember(http.get().uri("/api/v1/balance?memberId=" + victim)
                .header("X-User-Id", victim).header("X-Member-Id", victim), member).retrieve().body(JsonNode.class);
        asMember(http.post().uri("/api/v1/balance/charges?memberId=" + victim).header("X-User-Id", victim)
                .contentType(MediaType.APPLICATION_JSON).body("{\"amount\":1000,\"memberId\":\"" + victim + "\"}"),
                member).retrieve().toBodilessEntity();
        var history = asMember(http.get().uri("/api/v1/balance/transactions?memberId=" + victim), member)
                .retrieve().body(JsonNode.class);

        assertThat(seen.get("memberId").asString()).isEqualTo(member);
        assertThat(seen.get("balance").asLong()).isZero();
        assertThat(history.get("totalElements").asLong()).isEqualTo(1);
        assertThat(history.get("content").get(0).get("amount").asLong()).isEqualTo(1_000);
        assertThat(balanceOf(victim)).isEqualTo(50_000);
        assertThat(balanceOf(member)).isEqualTo(1_000);
    }

    private long ledgerSum(String memberId) {
        return jdbc.queryForObject("""
                select coalesce(sum(case when type = 'PAYMENT' then -amount else amount end), 0)
                from ledger_entry where member_id = ?""", Long.class, memberId);
    }
}
