package io.commerce.load;

import io.commerce.localstack.suite.JvmOptions;
import io.commerce.localstack.suite.Suite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything a benchmark run is told, read once from the system properties it was started with.
 *
 * @param suite              {@code suite.root}, {@code load.java-options}, {@code load.java-options.<application>}
 * @param profile            {@code load.profile} ({@code full} | {@code smoke}, default full), with the offered load
 *                           of {@code load.rush-users}, {@code load.order-rate}, {@code load.direct-order-rate} and
 *                           {@code load.popular-rate} if set
 *                           (targets are then not judged)
 * @param jfr                {@code load.jfr}: a flight recording of every application in {@code target/load/jfr}
 * @param partitions         {@code load.partitions}: topic partitions, for every service; unset, the services' own
 * @param orderWaitSeconds   {@code load.order-wait-s}: how long each poll of an order asks order-service to wait for
 *                           the saga ({@code ?wait=}, 3 at most, the default); 0 for plain polls every
 *                           {@link Profile#pollMs()}
 * @param memberRps          {@code load.member-rps}: the gateway's per-member rate limit (default 200/s)
 * @param memberBurst        {@code load.member-burst}: its burst (default 400)
 * @param couponPool         {@code load.coupon-pool}: threads of the raw JDBC claim loop, coupon-service's
 *                           connection pool (default 16)
 */
record LoadSettings(SuiteSettings suite, Profile profile, boolean jfr, Optional<Integer> partitions,
        int orderWaitSeconds, int memberRps, int memberBurst, int couponPool) {

    /** The most {@code GET /orders/{id}?wait=} grants (order-service's {@code OrderController}). */
    static final int MOST_ORDER_WAIT_SECONDS = 3;

    LoadSettings {
        if (profile.rushUsers() < profile.rushCoupons()) {
            throw new IllegalArgumentException("-Dload.rush-users=" + profile.rushUsers() + ": fewer members than the "
                    + profile.rushCoupons() + " coupons of the " + profile.name() + " rush, which could not sell out");
        }
    }

    static LoadSettings from(Properties properties) {
        var read = new SettingsReader(properties);
        var profile = Profile.named(read.text("load.profile", Profile.FULL.name()));
        profile = profile.offering(read.integer("load.rush-users", profile.rushUsers(), 1, 1_000_000),
                read.positive("load.order-rate", profile.orderRate()),
                read.positive("load.direct-order-rate", profile.directOrderRate()),
                read.positive("load.popular-rate", profile.popularRate()));
        // the smoke run is seconds long, all start-up: C1 (JvmOptions.QUICK_START), as the end-to-end tests
        var unset = profile.warmup() ? JvmOptions.steadyState() : JvmOptions.quickStart();
        return new LoadSettings(SuiteSettings.from(read, unset), profile, read.flag("load.jfr"),
                read.integer("load.partitions", 1, 1_000), read.integer("load.order-wait-s", MOST_ORDER_WAIT_SECONDS,
                0, MOST_ORDER_WAIT_SECONDS), read.integer("load.member-rps", 200, 1, Integer.MAX_VALUE),
                read.integer("load.member-burst", 400, 1, Integer.MAX_VALUE),
                read.integer("load.coupon-pool", 16, 1, 1_000));
    }

    /** The targets are stated for the full profile at its own rates: any other run reports them as n/a. */
    boolean judgesTargets() {
        return profile.equals(Profile.FULL);
    }

    /** The gateway's arguments that the run sets: the per-member limit. */
    List<String> gatewayArguments() {
        return List.of("--commerce.gateway.rate-limit.member.requests-per-second=" + memberRps,
                "--commerce.gateway.rate-limit.member.burst=" + memberBurst);
    }

    /** The arguments each application gets from this run, beyond what the suite gives it. */
    Map<String, List<String>> applicationArguments() {
        var arguments = new LinkedHashMap<String, List<String>>();
        arguments.put("gateway", gatewayArguments());
        partitions.ifPresent(count -> Suite.SERVICES.forEach(
                service -> arguments.put(service, List.of("--commerce.events.partitions=" + count))));
        return arguments;
    }
}
