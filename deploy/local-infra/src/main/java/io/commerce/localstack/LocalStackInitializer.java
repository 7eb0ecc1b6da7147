package io.commerce.localstack;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the JVM's shared PostgreSQL, broker and token issuer, starting
 * them on first use. The database is named after {@code spring.application.name}.
 */
public class LocalStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String ZIPKIN_EXPORT = "management.tracing.export.zipkin.enabled";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        var application = environment.getRequiredProperty("spring.application.name");
        var properties = LocalStack.propertiesFor(application, EmbeddedPostgresServer.shared(),
                EmbeddedKafkaServer.shared(), DevTokens.shared());
        // a test whose rows must not meet other contexts' schedulers and listeners asks for a database of its own
        var database = environment.getProperty("local-stack.database");
        if (database != null) {
            properties.put("spring.datasource.url", EmbeddedPostgresServer.shared().jdbcUrl(database));
        }
        if (!environment.containsProperty(ZIPKIN_EXPORT)) {
            // no trace viewer runs beside the integration tests (the suite has one): spans are made, not sent
            properties.put(ZIPKIN_EXPORT, "false");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("local-stack", properties));
    }
}
