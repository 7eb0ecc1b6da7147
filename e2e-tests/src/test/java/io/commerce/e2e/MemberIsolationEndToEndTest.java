package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Through the real gateway and the real balance-service: one member can't reach another's money. */
class MemberIsolationEndToEndTest {

    private final World world = new World();

    @Test
    void member_a_can_neither_read_nor_change_member_bs_balance_by_any_means() {
        var a = world.memberWith(0);
        var b = world.memberWith(70_000);
        var impersonation = Map.of("X-User-Id", b.id(), "X-Member-Id", b.id(), "X-Auth-Member", b.id(),
                "X-Forwarded-User", b.id());

        var byQuery = a.api().get("/api/v1/balance?memberId=" + b.id());
        var byPath = a.api().get("/api/v1/balance/" + b.id());
        var byHeaders = a.api().post("/api/v1/balance/charges", "{\"amount\":1000}", impersonation);
        var byBody = a.api().post("/api/v1/balance/charges?memberId=" + b.id(),
                "{\"amount\":2000,\"memberId\":\"" + b.id() + "\",\"userId\":\"" + b.id() + "\"}");
        var history = a.api().get("/api/v1/balance/transactions?memberId=" + b.id());
        var asOperator = a.api().get("/api/v1/admin/balance/" + b.id());

        assertThat(byQuery.get("memberId").asString()).isEqualTo(a.id());
        assertThat(byQuery.get("balance").asLong()).isZero();
        assertThat(byPath.status()).isEqualTo(404);
        assertThat(byHeaders.status()).isEqualTo(201);
        assertThat(byBody.status()).isEqualTo(201);
        assertThat(history.get("totalElements").asLong()).isEqualTo(2);
        assertThat(asOperator.status()).isEqualTo(403);
        assertThat(b.balance()).isEqualTo(70_000);
        assertThat(a.balance()).isEqualTo(3_000);
    }
}
