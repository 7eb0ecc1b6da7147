package io.commerce.load;

/** One line of a Gatling report (a request name or a group), in milliseconds and requests per second. */
public record RequestStats(String name, long total, long ok, long ko, double rps, long p50, long p95, long p99,
        long max) {
}
