package io.commerce.localstack;

import java.util.LinkedHashMap;
import java.util.Map;

/** The properties a service needs to run against the local stack's database, broker and token issuer. */
public final class LocalStack {

    private LocalStack() {
    }

    public static Map<String, Object> propertiesFor(String application, EmbeddedPostgresServer postgres,
            LocalKafka kafka, DevTokens tokens) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(databaseOf(application)));
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        if (kafka.replicationFactor() > 1) {
            properties.put("commerce.events.replicas", kafka.replicationFactor());
        }
        properties.put("commerce.security.jwk-set-uri", tokens.jwkSetUri());
        properties.put("commerce.security.issuer", DevTokens.ISSUER);
        properties.put("commerce.security.audience", DevTokens.AUDIENCE);
        return properties;
    }

    /** {@code balance-service} keeps its data in database {@code balance}; order-service in {@code orders} ("order" is an SQL keyword). */
    public static String databaseOf(String application) {
        var name = application.replace("-service", "").replace('-', '_');
        return name.equals("order") ? "orders" : name;
    }
}
