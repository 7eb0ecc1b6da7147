package io.commerce.load;

/**
 * How big each scenario is. {@link #FULL} is the benchmark (the targets are stated for it); {@link #SMOKE} is the
 * same scenarios in seconds, for CI, where only correctness is asserted.
 *
 * @param rushUsers          distinct members claiming the rush campaign, each once
 * @param rushCoupons        the campaign's quantity (K)
 * @param rushArrivalMs      all rush members arrive within this
 * @param warmup             whether to warm the JVMs up (a small rush, orders, reads) before measuring
 * @param products           products seeded for the orders and reads
 * @param orderMembers       members with a balance who place orders
 * @param orderRate          orders placed per second
 * @param orderSeconds       for how long
 * @param pollMs             interval between polls of an order
 * @param directOrderRate    orders placed per second straight to order-service ({@code costs.orderCpuMs})
 * @param directOrderSeconds for how long
 * @param readMembers        members whose tokens the read scenarios spread over
 * @param popularRate        {@code GET /products/popular} per second
 * @param listRate           {@code GET /products} per second
 * @param readSeconds        for how long each read scenario runs
 * @param overheadUsers      concurrent users of the gateway-vs-direct comparison
 * @param overheadSeconds    for how long each side runs
 * @param jdbcClaims         claims the raw JDBC loop performs
 */
public record Profile(String name, int rushUsers, int rushCoupons, int rushArrivalMs, boolean warmup, int products,
        int orderMembers, double orderRate, int orderSeconds, int pollMs, double directOrderRate,
        int directOrderSeconds, int readMembers, double popularRate,
        double listRate, int readSeconds, int overheadUsers, int overheadSeconds, int jdbcClaims) {

    public static final Profile FULL = new Profile("full", 10_000, 1_000, 1_000, true, 10,
            1_000, 200, 60, 250, 100, 60, 1_000, 500, 200, 30, 32, 20, 5_000);

    public static final Profile SMOKE = new Profile("smoke", 200, 50, 1_000, false, 3,
            20, 10, 3, 100, 10, 3, 20, 20, 10, 2, 4, 2, 200);

    public static Profile named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("-Dload.profile=" + name + ": expected full or smoke");
        };
    }

    /** Members the scenarios draw from: each takes the first of them it needs. */
    int members() {
        return Math.max(rushUsers, Math.max(orderMembers, readMembers));
    }

    /**
     * This profile offering another load: to find the rate the machine sustains, not only whether the target's
     * passes.
     */
    Profile offering(int rushUsers, double orderRate, double directOrderRate, double popularRate) {
        return new Profile(name, rushUsers, rushCoupons, rushArrivalMs, warmup, products, orderMembers, orderRate,
                orderSeconds, pollMs, directOrderRate, directOrderSeconds, readMembers, popularRate, listRate, readSeconds,
                overheadUsers, overheadSeconds, jdbcClaims);
    }
}
