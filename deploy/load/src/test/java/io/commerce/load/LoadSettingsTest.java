package io.commerce.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.localstack.suite.JvmOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's and the probes' options, read from the properties they were started with. */
class LoadSettingsTest {

    private static Properties properties(String... pairs) {
        var properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void unset_the_benchmark_is_the_full_profile_on_the_suites_own_jvm_options() {
        var settings = LoadSettings.from(properties());

        assertThat(settings.profile()).isEqualTo(Profile.FULL);
        assertThat(settings.judgesTargets()).isTrue();
        assertThat(settings.suite().jvmOptions()).isEqualTo(JvmOptions.steadyState());
        assertThat(settings.suite().root().resolve("deploy/local")).isDirectory();
        assertThat(settings.jfr()).isFalse();
        assertThat(settings.partitions()).isEmpty();
        assertThat(settings.orderWaitSeconds()).isEqualTo(3);
        assertThat(settings.couponPool()).isEqualTo(16);
        assertThat(settings.gatewayArguments()).containsExactly(
                "--commerce.gateway.rate-limit.member.requests-per-second=200",
                "--commerce.gateway.rate-limit.member.burst=400");
        assertThat(settings.applicationArguments()).containsOnlyKeys("gateway");
    }

    @Test
    void blank_values_count_as_unset_as_the_benchmark_profile_of_the_pom_passes_them() {
        var settings = LoadSettings.from(properties("load.profile", "", "load.java-options", " ",
                "load.java-options.gateway", "", "load.partitions", "", "load.order-rate", "", "load.jfr", ""));

        assertThat(settings).isEqualTo(LoadSettings.from(properties()));
    }

    @Test
    void the_smoke_profile_has_its_own_sizes() {
        var settings = LoadSettings.from(properties("load.profile", "smoke"));

        assertThat(settings.suite().jvmOptions()).isEqualTo(JvmOptions.quickStart());

        assertThat(settings.profile()).isEqualTo(Profile.SMOKE);
        assertThat(settings.judgesTargets()).isFalse();
    }

    @Test
    void another_offered_load_changes_the_rates_and_leaves_the_targets_unjudged() {
        var settings = LoadSettings.from(properties("load.order-rate", "40", "load.popular-rate", "250.5",
                "load.rush-users", "2000"));

        assertThat(settings.profile().orderRate()).isEqualTo(40);
        assertThat(settings.profile().popularRate()).isEqualTo(250.5);
        assertThat(settings.profile().rushUsers()).isEqualTo(2000);
        assertThat(settings.profile().rushCoupons()).isEqualTo(Profile.FULL.rushCoupons());
        assertThat(settings.judgesTargets()).isFalse();
    }

    @Test
    void every_option_can_be_set() {
        var settings = LoadSettings.from(properties("load.jfr", "true", "load.partitions", "6",
                "load.order-wait-s", "0", "load.member-rps", "50", "load.member-burst", "80", "load.coupon-pool", "8"));

        assertThat(settings.jfr()).isTrue();
        assertThat(settings.partitions()).isEqualTo(Optional.of(6));
        assertThat(settings.orderWaitSeconds()).isZero();
        assertThat(settings.couponPool()).isEqualTo(8);
        assertThat(settings.gatewayArguments()).containsExactly(
                "--commerce.gateway.rate-limit.member.requests-per-second=50",
                "--commerce.gateway.rate-limit.member.burst=80");
        assertThat(settings.applicationArguments().get("order-service"))
                .containsExactly("--commerce.events.partitions=6");
        assertThat(settings.applicationArguments()).hasSize(6);
    }

    @Test
    void java_options_replace_the_common_ones_and_an_applications_own_come_after_them() {
        var settings = LoadSettings.from(properties("load.java-options", "-Xmx384m  -XX:+UseSerialGC",
                "load.java-options.gateway", "-XX:TieredStopAtLevel=4"));

        var options = settings.suite().jvmOptions();
        assertThat(options.of("gateway")).containsExactly("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4");
        assertThat(options.of("order-service")).containsExactly("-Xmx384m", "-XX:+UseSerialGC");
    }

    @Test
    void a_bad_value_is_rejected_naming_the_property() {
        assertRejected(properties("load.profile", "huge"), "load.profile=huge");
        assertRejected(properties("load.order-rate", "fast"), "load.order-rate=fast");
        assertRejected(properties("load.popular-rate", "0"), "load.popular-rate=0");
        assertRejected(properties("load.partitions", "-1"), "load.partitions=-1");
        assertRejected(properties("load.member-rps", "2.5"), "load.member-rps=2.5");
        assertRejected(properties("load.jfr", "yes"), "load.jfr=yes");
        assertRejected(properties("load.java-options", "Xmx256m"), "load.java-options");
    }

    @Test
    void an_order_wait_beyond_what_order_service_grants_is_rejected() {
        assertRejected(properties("load.order-wait-s", "4"), "load.order-wait-s=4");
    }

    @Test
    void java_options_for_an_application_the_suite_does_not_have_are_rejected() {
        assertRejected(properties("load.java-options.gatway", "-Xmx512m"), "gatway");
    }

    @Test
    void a_rush_of_fewer_members_than_coupons_is_rejected_as_it_could_not_sell_out() {
        assertRejected(properties("load.rush-users", "999"), "load.rush-users=999");
    }

    @Test
    void a_root_outside_the_repository_is_rejected(@TempDir Path elsewhere) {
        assertRejected(properties("suite.root", elsewhere.toString()), "suite.root");
    }

    @Test
    void the_root_is_the_nearest_folder_above_that_holds_the_repository(@TempDir Path repository) throws Exception {
        Files.createFile(repository.resolve("mvnw"));
        Files.createDirectories(repository.resolve("deploy/local"));
        var inside = Files.createDirectories(repository.resolve("deploy/load"));

        assertThat(LoadSettings.from(properties("suite.root", inside.toString())).suite().root())
                .isEqualTo(repository);
    }

    @Test
    void the_saga_probe_defaults_to_30_orders_a_second_for_60_seconds_after_4_minutes_at_10_on_the_production_jit() {
        var defaults = SagaCostSettings.from(properties());
        assertThat(defaults).extracting(SagaCostSettings::rate, SagaCostSettings::seconds,
                SagaCostSettings::warmupRate, SagaCostSettings::warmupSeconds).containsExactly(30.0, 60, 10.0, 240);
        assertThat(defaults.suite().jvmOptions()).isEqualTo(JvmOptions.steadyState());
        var set = SagaCostSettings.from(properties("saga.rate", "80", "saga.seconds", "30",
                "load.java-options.order-service", "-XX:TieredStopAtLevel=4"));
        assertThat(set.rate()).isEqualTo(80);
        assertThat(set.seconds()).isEqualTo(30);
        assertThat(set.suite().jvmOptions().of("order-service")).endsWith("-XX:TieredStopAtLevel=4");
        assertRejected(() -> SagaCostSettings.from(properties("saga.seconds", "0")), "saga.seconds=0");
    }

    @Test
    void the_edge_probe_defaults_to_32_clients_for_20_seconds_on_the_shipped_routes() {
        var defaults = EdgeCostSettings.from(properties());
        assertThat(defaults.users()).isEqualTo(32);
        assertThat(defaults.seconds()).isEqualTo(20);
        assertThat(defaults.gatewayArguments()).isEmpty();
        assertThat(defaults.gatewayPrefix()).isEmpty();

        var set = EdgeCostSettings.from(properties("edge.users", "8", "edge.seconds", "60",
                "edge.gateway-args", "--a=1  --b=2", "edge.gateway-prefix", "/bare"));
        assertThat(set.gatewayArguments()).isEqualTo(List.of("--a=1", "--b=2"));
        assertThat(set.gatewayPrefix()).isEqualTo("/bare");
        assertRejected(() -> EdgeCostSettings.from(properties("edge.gateway-prefix", "bare")), "edge.gateway-prefix");
        assertRejected(() -> EdgeCostSettings.from(properties("edge.users", "many")), "edge.users=many");
    }

    @Test
    void the_pom_passes_no_java_options_of_its_own() throws Exception {
        // one definition of the applications' options: the benchmark profile must not pin a copy that drifts
        var pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<load.java-options></load.java-options>").doesNotContain("TieredStopAtLevel");
    }

    private static void assertRejected(Properties properties, String naming) {
        assertRejected(() -> LoadSettings.from(properties), naming);
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse, String naming) {
        assertThatThrownBy(parse).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(naming);
    }
}
