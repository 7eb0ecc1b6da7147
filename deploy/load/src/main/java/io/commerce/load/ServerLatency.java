package io.commerce.load;

import java.time.OffsetDateTime;

/**
 * Placement to COMPLETED by the servers' clocks, from the order database: the orders placed since a moment, the span
 * from the first placed to the last completed, and the percentiles of {@code completed_at - placed_at}.
 */
record ServerLatency(long completed, double spanSeconds, long p50Ms, long p95Ms, long p99Ms) {

    static ServerLatency since(Db db, OffsetDateTime since) {
        var row = db.rows("orders", """
                select count(*),
                       extract(epoch from max(completed_at) - min(placed_at)),
                       percentile_cont(0.5) within group (order by extract(epoch from completed_at - placed_at)),
                       percentile_cont(0.95) within group (order by extract(epoch from completed_at - placed_at)),
                       percentile_cont(0.99) within group (order by extract(epoch from completed_at - placed_at))
                from orders where status = 'COMPLETED' and placed_at >= ?""", since).getFirst();
        return new ServerLatency(((Number) row[0]).longValue(),
                row[1] == null ? Double.NaN : ((Number) row[1]).doubleValue(), millis(row[2]), millis(row[3]),
                millis(row[4]));
    }

    /** Orders completed per second over first placed to last completed. */
    double completedPerSecond() {
        return completed / spanSeconds;
    }

    private static long millis(Object seconds) {
        return seconds == null ? -1 : Math.round(((Number) seconds).doubleValue() * 1000);
    }
}
