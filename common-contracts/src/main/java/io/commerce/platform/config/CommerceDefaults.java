package io.commerce.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The suite's shared defaults (Kafka client settings, JPA, actuator, outbox), added with the lowest
 * precedence so a service's own {@code application.yml} or the environment can still override any of them.
 */
public class CommerceDefaults implements EnvironmentPostProcessor {

    private static final String LOCATION = "commerce-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (var source : new PropertiesPropertySourceLoader().load(LOCATION, new ClassPathResource(LOCATION))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
