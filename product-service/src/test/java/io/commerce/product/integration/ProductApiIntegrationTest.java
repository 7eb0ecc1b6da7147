package io.commerce.product.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.DevTokens;
import io.commerce.localstack.LocalStackTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue over HTTP, with real tokens: operators change it, members read it. */
@LocalStackTest
class ProductApiIntegrationTest {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private RestClient http;
    private String adminToken;
    private String memberToken;

    @BeforeEach
    void clients() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        adminToken = DevTokens.shared().adminToken("operator-" + UUID.randomUUID());
        memberToken = DevTokens.shared().memberToken("member-" + UUID.randomUUID());
    }

    private ResponseEntity<String> send(String method, String path, String token, String body) {
        var request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    private JsonNode bodyOf(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }

    @Test
    void an_operator_creates_reprices_and_restocks_a_product_and_a_member_sees_it() {
        var name = "Keyboard " + UUID.randomUUID();
        var created = send("POST", "/api/v1/admin/products", adminToken,
                "{\"name\":\"" + name + "\",\"price\":30000,\"stock\":5}");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long id = bodyOf(created).get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/products/" + id);

        assertThat(send("PUT", "/api/v1/admin/products/" + id + "/price", adminToken, "{\"price\":27000}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/admin/products/" + id + "/restock", adminToken, "{\"quantity\":7}")
                .getStatusCode().value()).isEqualTo(200);

        var seen = send("GET", "/api/v1/products/" + id, memberToken, null);
        assertThat(seen.getStatusCode().value()).isEqualTo(200);
        assertThat(bodyOf(seen).get("name").asString()).isEqualTo(name);
        assertThat(bodyOf(seen).get("price").asLong()).isEqualTo(27_000);
        assertThat(bodyOf(seen).get("stock").asLong()).isEqualTo(12);

        var page = send("GET", "/api/v1/products?sort=id,desc&size=100", memberToken, null);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(bodyOf(page).get("content").valueStream().map(p -> p.get("id").asLong())).contains(id);
    }

    @Test
    void a_member_may_not_change_the_catalogue() {
        var response = send("POST", "/api/v1/admin/products", memberToken, "{\"name\":\"X\",\"price\":1,\"stock\":1}");

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(bodyOf(response).get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void an_unknown_product_is_a_404_problem_and_a_restock_past_the_ceiling_a_422_that_changes_nothing() {
        var missing = send("GET", "/api/v1/products/" + (Long.MAX_VALUE - 3), memberToken, null);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(bodyOf(missing).get("code").asString()).isEqualTo("PRODUCT_NOT_FOUND");

        var created = send("POST", "/api/v1/admin/products", adminToken,
                "{\"name\":\"Full\",\"price\":1,\"stock\":999999999}");
        long id = bodyOf(created).get("id").asLong();
        var refused = send("POST", "/api/v1/admin/products/" + id + "/restock", adminToken, "{\"quantity\":2}");
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(bodyOf(refused).get("code").asString()).isEqualTo("STOCK_LIMIT_EXCEEDED");
        assertThat(bodyOf(send("GET", "/api/v1/products/" + id, memberToken, null)).get("stock").asLong())
                .isEqualTo(999_999_999);
    }
}
