package io.commerce.localstack.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The applications' JVM options: one definition for ./run.sh, the end-to-end tests and the load probes. */
class JvmOptionsTest {

    @Test
    void by_default_every_application_runs_small_heaps_the_serial_collector_and_c1_only() {
        var options = JvmOptions.defaults();

        for (var application : JvmOptions.APPLICATIONS) {
            assertThat(options.of(application)).containsExactly("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
                    "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-XX:TieredStopAtLevel=1");
        }
        assertThat(JvmOptions.APPLICATIONS).containsExactly("gateway", "balance-service", "product-service",
                "coupon-service", "order-service", "dataplatform-service");
    }

    @Test
    void blank_common_options_are_the_defaults() {
        assertThat(JvmOptions.parse(null, Map.of())).isEqualTo(JvmOptions.defaults());
        assertThat(JvmOptions.parse("  ", Map.of("gateway", ""))).isEqualTo(JvmOptions.defaults());
    }

    @Test
    void an_applications_own_options_come_after_the_common_ones_so_they_override() {
        var options = JvmOptions.parse("-Xmx256m -XX:TieredStopAtLevel=1",
                Map.of("gateway", " -XX:TieredStopAtLevel=4   -Xmx384m "));

        assertThat(options.of("gateway")).containsExactly("-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:TieredStopAtLevel=4", "-Xmx384m");
        assertThat(options.of("coupon-service")).containsExactly("-Xmx256m", "-XX:TieredStopAtLevel=1");
        assertThat(options.describe())
                .isEqualTo("-Xmx256m -XX:TieredStopAtLevel=1; gateway: -XX:TieredStopAtLevel=4 -Xmx384m");
    }

    @Test
    void options_added_to_the_common_ones_reach_every_application() {
        var options = JvmOptions.defaults().withCommon(List.of("-XX:StartFlightRecording=filename=/tmp/%p.jfr"));

        assertThat(options.of("order-service")).endsWith("-XX:StartFlightRecording=filename=/tmp/%p.jfr")
                .startsWith(JvmOptions.DEFAULT_COMMON.toArray(String[]::new));
    }

    @Test
    void options_for_an_application_the_suite_does_not_have_are_rejected() {
        assertThatThrownBy(() -> JvmOptions.parse(null, Map.of("gatway", "-Xmx512m")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gatway");
    }

    @Test
    void a_word_that_is_not_an_option_is_rejected_as_java_would_take_it_for_the_class_to_run() {
        assertThatThrownBy(() -> JvmOptions.parse("-Xmx256m Xss512k", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Xss512k");
        assertThatThrownBy(() -> JvmOptions.parse(null, Map.of("gateway", "TieredStopAtLevel=4")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gateway");
    }
}
