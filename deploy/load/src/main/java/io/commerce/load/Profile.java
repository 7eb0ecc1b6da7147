package io.commerce.load;

/**
 * How big each scenario is. {@link #FULL} is the benchmark (the targets are stated for it); {@link #SMOKE} is the
 * same scenarios in seconds, for CI, where only correctness is asserted.
 *
 * @param rushUsers          distinct members claiming the rush campaign, each once
 * @param rushCoupons        the campaign's quantity (K)
 * @param rushArrivalMs      all rush members arrive within this
 * @param warmup             whether to warm the JVMs up (a small rush, orders, reads) before measuring
 * @param orderMembers       members with a balance who place orders
 * @param orderRate          orders placed per second
 * @param orderSeconds       for how long
 * @param pollMs             interval between polls of an order
 * @param readMembers        members whose tokens the read scenarios spread over
 * @param popularRate        {@code GET /products/popular} per second
 * @param listRate           {@code GET /products} per second
 * @param readSeconds        for how long each read scenario runs
 * @param overheadUsers      concurrent users of the gateway-vs-direct comparison
 * @param overheadSeconds    for how long each side runs
 * @param jdbcClaims         claims the raw JDBC loop performs
 */
public record Profile(String name, int rushUsers, int rushCoupons, int rushArrivalMs, boolean warmup,
        int orderMembers, double orderRate, int orderSeconds, int pollMs, int readMembers, double popularRate,
        double listRate, int readSeconds, int overheadUsers, int overheadSeconds, int jdbcClaims) {

    public static final Profile FULL = new Profile("full", 10_000, 1_000, 1_000, true,
            1_000, 200, 60, 250, 1_000, 500, 200, 30, 32, 20, 5_000);

    public static final Profile SMOKE = new Profile("smoke", 200, 50, 1_000, false,
            20, 10, 3, 100, 20, 20, 10, 2, 4, 2, 200);

    public static Profile named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("Unknown profile " + name + " (full or smoke)");
        };
    }

    /**
     * This profile with the offered rates changed by {@code -Dload.order-rate}, {@code -Dload.popular-rate} and
     * {@code -Dload.rush-users}: to find the rate the machine sustains, not only whether the targets' rate passes.
     */
    public Profile withRatesFrom(java.util.Properties properties) {
        return new Profile(name, intOf(properties, "load.rush-users", rushUsers), rushCoupons, rushArrivalMs, warmup,
                orderMembers, doubleOf(properties, "load.order-rate", orderRate), orderSeconds, pollMs, readMembers,
                doubleOf(properties, "load.popular-rate", popularRate), listRate, readSeconds, overheadUsers,
                overheadSeconds, jdbcClaims);
    }

    private static int intOf(java.util.Properties properties, String key, int fallback) {
        var value = properties.getProperty(key);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static double doubleOf(java.util.Properties properties, String key, double fallback) {
        var value = properties.getProperty(key);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value.trim());
    }
}
