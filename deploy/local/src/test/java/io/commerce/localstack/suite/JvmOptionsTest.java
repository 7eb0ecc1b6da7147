package io.commerce.localstack.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The applications' JVM options: one definition, the manifests', for ./run.sh, the end-to-end tests and the probes. */
class JvmOptionsTest {

    @Test
    void the_production_options_are_the_manifests_java_tool_options() throws IOException {
        var envFile = Files.readString(Path.of("../k8s/base/jvm.env"));

        assertThat(JvmOptions.PRODUCTION).isEqualTo(ManifestOptions.parse(envFile))
                .contains("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError").anyMatch(o -> o.startsWith("-XX:MaxRAMPercentage="))
                .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void off_a_container_the_heap_is_fixed_and_the_quick_start_adds_c1_only() {
        for (var application : JvmOptions.APPLICATIONS) {
            assertThat(JvmOptions.steadyState().of(application)).startsWith(JvmOptions.PRODUCTION.toArray(String[]::new))
                    .endsWith("-Xmx256m");
            assertThat(JvmOptions.quickStart().of(application))
                    .startsWith(JvmOptions.STEADY_STATE_COMMON.toArray(String[]::new))
                    .endsWith("-XX:TieredStopAtLevel=1");
        }
        assertThat(JvmOptions.APPLICATIONS).containsExactly("gateway", "balance-service", "product-service",
                "coupon-service", "order-service", "dataplatform-service");
    }

    @Test
    void an_env_file_without_java_tool_options_is_refused() {
        assertThat(ManifestOptions.parse("# comment\nOTHER=1\n JAVA_TOOL_OPTIONS=-Xss1m  -XX:+UseSerialGC\n"))
                .containsExactly("-Xss1m", "-XX:+UseSerialGC");
        assertThatThrownBy(() -> ManifestOptions.parse("OTHER=1\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JAVA_TOOL_OPTIONS=");
    }

    @Test
    void blank_common_options_are_the_fallbacks() {
        assertThat(JvmOptions.parse(null, Map.of(), JvmOptions.quickStart())).isEqualTo(JvmOptions.quickStart());
        assertThat(JvmOptions.parse("  ", Map.of("gateway", ""), JvmOptions.steadyState()))
                .isEqualTo(JvmOptions.steadyState());
    }

    @Test
    void an_applications_own_options_come_after_the_common_ones_so_they_override() {
        var options = JvmOptions.parse("-Xmx256m -XX:TieredStopAtLevel=1",
                Map.of("gateway", " -XX:TieredStopAtLevel=4   -Xmx384m "), JvmOptions.quickStart());

        assertThat(options.of("gateway")).containsExactly("-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:TieredStopAtLevel=4", "-Xmx384m");
        assertThat(options.of("coupon-service")).containsExactly("-Xmx256m", "-XX:TieredStopAtLevel=1");
        assertThat(options.describe())
                .isEqualTo("-Xmx256m -XX:TieredStopAtLevel=1; gateway: -XX:TieredStopAtLevel=4 -Xmx384m");
    }

    @Test
    void options_added_to_the_common_ones_reach_every_application() {
        var options = JvmOptions.quickStart().withCommon(List.of("-XX:StartFlightRecording=filename=/tmp/%p.jfr"));

        assertThat(options.of("order-service")).endsWith("-XX:StartFlightRecording=filename=/tmp/%p.jfr")
                .startsWith(JvmOptions.QUICK_START_COMMON.toArray(String[]::new));
    }

    @Test
    void options_for_an_application_the_suite_does_not_have_are_rejected() {
        assertThatThrownBy(() -> JvmOptions.parse(null, Map.of("gatway", "-Xmx512m"), JvmOptions.quickStart()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gatway");
    }

    @Test
    void a_word_that_is_not_an_option_is_rejected_as_java_would_take_it_for_the_class_to_run() {
        assertThatThrownBy(() -> JvmOptions.parse("-Xmx256m Xss512k", Map.of(), JvmOptions.quickStart()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Xss512k");
        assertThatThrownBy(() -> JvmOptions.parse(null, Map.of("gateway", "TieredStopAtLevel=4"), JvmOptions.quickStart()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gateway");
    }
}
