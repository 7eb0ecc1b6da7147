package io.commerce.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a container the console is for a log pipeline: one JSON object per line, with the trace id and, while an event
 * is handled, its key (the order id). Elsewhere it is for a person.
 */
@ExtendWith(OutputCaptureExtension.class)
class ContainerLogsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @SpringBootConfiguration
    static class AnyApplication {
    }

    @Test
    void with_the_container_profile_each_line_is_json_with_the_trace_id_and_the_event_key(CapturedOutput output) {
        logWhileHandling("container");

        var line = output.getOut().lines().filter(l -> l.contains("handled an event")).findFirst().orElseThrow();
        var json = JsonMapper.builder().build().readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("handled an event");
        assertThat(json.path("traceId").asString()).isEqualTo(TRACE_ID);
        assertThat(json.path("eventKey").asString()).isEqualTo("order-7");
        assertThat(json.path("log").path("level").asString()).isEqualTo("INFO");
    }

    @Test
    void without_it_the_console_is_plain_text(CapturedOutput output) {
        logWhileHandling("default");

        var line = output.getOut().lines().filter(l -> l.contains("handled an event")).findFirst().orElseThrow();
        assertThat(line).doesNotStartWith("{").contains("[order-7]");
    }

    private static void logWhileHandling(String profile) {
        // Spring Boot configures logging once per JVM unless told to forget: an earlier test's context would decide
        cleanUpLogging();
        try (var context = new SpringApplicationBuilder(AnyApplication.class).web(WebApplicationType.NONE)
                .profiles(profile).run();
                var trace = MDC.putCloseable("traceId", TRACE_ID);
                var key = MDC.putCloseable("eventKey", "order-7")) {
            LoggerFactory.getLogger(ContainerLogsTest.class).info("handled an event");
        } finally {
            cleanUpLogging(); // nor should this one decide for the tests after it
        }
    }

    private static void cleanUpLogging() {
        LoggingSystem.get(ContainerLogsTest.class.getClassLoader()).cleanUp();
        // the format is handed to Logback as a system property, which the next application would inherit
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
    }
}
