package io.commerce.load;

import io.commerce.localstack.suite.Suite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every scenario runs against: the started suite, a look into its databases, the seeder, Gatling, and what the
 * scenarios share: the products and a pool of distinct members (each scenario takes the first of them it needs).
 */
final class SeededSuite {

    /** Each product's stock: enough that no order of the benchmark runs out. */
    static final long PRODUCT_STOCK = 1_000_000;

    private final Suite suite;
    private final LoadSettings settings;
    private final Path out;
    private final Db db;
    private final Seeder seeder;
    private final GatlingRunner gatling;
    private final List<Long> products;
    private final List<Seeder.Member> members;

    private SeededSuite(Suite suite, LoadSettings settings, Path out, Path gatlingResults, List<Long> products,
            List<Seeder.Member> members, Seeder seeder) {
        this.suite = suite;
        this.settings = settings;
        this.out = out;
        this.db = new Db(suite.postgres());
        this.seeder = seeder;
        this.gatling = new GatlingRunner(gatlingResults);
        this.products = List.copyOf(products);
        this.members = members;
    }

    /** Waits for the gateway's routes, then seeds the products and the members of the profile. */
    static SeededSuite seed(Suite suite, LoadSettings settings, Path out, Path gatlingResults) {
        var seeder = new Seeder(suite.gatewayUrl(), suite.tokens());
        seeder.awaitRoutes(Duration.ofSeconds(90));
        var profile = settings.profile();
        var products = new ArrayList<Long>();
        for (int i = 0; i < profile.products(); i++) {
            products.add(seeder.product("Load product " + (i + 1), 1_000L * (i + 1), PRODUCT_STOCK));
        }
        var members = seeder.members("load-member", profile.members());
        return new SeededSuite(suite, settings, out, gatlingResults, products, members, seeder);
    }

    /** The first {@code count} members, written to {@code target/load/<file>} for a simulation to feed from. */
    Path membersFile(String file, int count) {
        return Seeder.writeMembers(out.resolve(file), members(count));
    }

    List<Seeder.Member> members(int count) {
        return members.subList(0, count);
    }

    /**
     * A simulation's input: the gateway and the products, then {@code pairs} (key, value, key, value …).
     */
    Map<String, String> input(Object... pairs) {
        var input = new LinkedHashMap<String, String>();
        input.put("gateway", suite.gatewayUrl());
        input.put("products", products.stream().map(String::valueOf).collect(Collectors.joining(",")));
        for (int i = 0; i < pairs.length; i += 2) {
            input.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
        }
        return input;
    }

    /**
     * Waits (a minute at most) until the gateway routes to every service again, so that one scenario's open circuit
     * breaker does not fail the next; a route that does not recover is logged and the scenario runs anyway.
     */
    void settle() {
        seeder.settle(Duration.ofSeconds(60));
    }

    /**
     * CPU ms so far of every process of the suite (applications, PostgreSQL, and this JVM: the broker and the load
     * generator); the difference of two readings around a load is its cost.
     */
    long cpuMillis() {
        try {
            return ProcessCpu.millis(suite).values().stream().mapToLong(Long::longValue).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Suite suite() {
        return suite;
    }

    LoadSettings settings() {
        return settings;
    }

    Profile profile() {
        return settings.profile();
    }

    Path out() {
        return out;
    }

    Db db() {
        return db;
    }

    Seeder seeder() {
        return seeder;
    }

    GatlingRunner gatling() {
        return gatling;
    }

    List<Long> products() {
        return products;
    }
}
