package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway's one Swagger UI reads each service's OpenAPI document through it. */
class ApiDocsEndToEndTest {

    @ParameterizedTest
    @ValueSource(strings = {"balance", "product", "coupon", "order"})
    void each_service_documents_its_api_through_the_gateway(String service) {
        var suite = RunningSuite.get();
        var docs = new Api(suite.gatewayUrl(), suite.tokens().memberToken("docs-reader")).get("/api-docs/" + service);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("openapi").asString()).startsWith("3.");
        assertThat(docs.body().path("info").path("title").asString()).isEqualTo(service + "-service");
        assertThat(docs.body().path("paths").propertyNames()).anyMatch(path -> path.startsWith("/api/v1/"));
        assertThat(docs.body().path("components").path("securitySchemes").has("bearer")).isTrue();
    }
}
