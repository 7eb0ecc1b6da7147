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
 * precedence so a service's own {@code application.yml} or the environment can still override any of them; with
 * the {@code container} profile, the container's defaults before them (JSON logs).
 */
public class CommerceDefaults implements EnvironmentPostProcessor {

    private static final String LOCATION = "commerce-defaults.properties";
    /** The profile the container images run with (the manifests set it): what a log pipeline expects. */
    static final String CONTAINER_PROFILE = "container";
    private static final String CONTAINER_LOCATION = "commerce-defaults-container.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // the container's defaults take precedence over the general ones, and yield to everything else
        if (environment.matchesProfiles(CONTAINER_PROFILE)) {
            addLast(environment, CONTAINER_LOCATION);
        }
        addLast(environment, LOCATION);
    }

    private static void addLast(ConfigurableEnvironment environment, String location) {
        try {
            for (var source : new PropertiesPropertySourceLoader().load(location, new ClassPathResource(location))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
