package io.commerce.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The raw PostgreSQL rate of a coupon claim: coupon-service's two statements
 * ({@code IssuedCouponPersistenceAdapter.addIfMemberHasNone} then {@code CampaignPersistenceAdapter.takeOneFromStock},
 * copied verbatim) in one transaction per claim, driven by as many threads as the service's connection pool,
 * against the same server and database, on a campaign row of their own that every claim updates (as in the rush).
 * Its rows are deleted afterwards.
 */
final class JdbcClaimLoop {

    static final String INSERT_COUPON = """
            insert into issued_coupon (campaign_id, campaign_name, member_id, discount_kind, discount_value,
                                       discount_cap, issued_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (campaign_id, member_id) do nothing
            returning id""";
    static final String TAKE_ONE = """
            update coupon_campaign set issued_count = issued_count + 1
            where id = ? and issued_count < total_quantity""";

    record Result(int threads, int claims, int issued, double seconds, double perSecond, long p50Micros,
            long p95Micros, long p99Micros) {
    }

    static Result run(String jdbcUrl, String user, String password, int threads, int claims) throws Exception {
        long campaign;
        try (var connection = DriverManager.getConnection(jdbcUrl, user, password);
             var insert = connection.prepareStatement("""
                     insert into coupon_campaign (name, discount_kind, discount_value, total_quantity, issued_count,
                                                  opens_at, closes_at, coupon_validity_seconds, created_at)
                     values ('jdbc claim loop', 'FIXED', 1000, ?, 0, now() - interval '1 minute',
                             now() + interval '1 day', 2592000, now()) returning id""")) {
            insert.setInt(1, claims);
            var rs = insert.executeQuery();
            rs.next();
            campaign = rs.getLong(1);
        }
        var next = new AtomicInteger();
        var issued = new AtomicInteger();
        var latencies = new long[claims];
        var ready = new CountDownLatch(threads);
        var go = new CountDownLatch(1);
        var errors = new ArrayList<Throwable>();
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().name("jdbc-claim-" + t).start(() -> {
                try (var connection = DriverManager.getConnection(jdbcUrl, user, password)) {
                    connection.setAutoCommit(false);
                    ready.countDown();
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < claims) {
                        long start = System.nanoTime();
                        if (claim(connection, campaign, "jdbc-member-" + i)) {
                            issued.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - start;
                    }
                } catch (Throwable e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                    ready.countDown();
                }
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (var worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (var connection = DriverManager.getConnection(jdbcUrl, user, password);
             var coupons = connection.prepareStatement("delete from issued_coupon where campaign_id = ?");
             var row = connection.prepareStatement("delete from coupon_campaign where id = ?")) {
            coupons.setLong(1, campaign);
            coupons.executeUpdate();
            row.setLong(1, campaign);
            row.executeUpdate();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("JDBC claim loop failed", errors.getFirst());
        }
        Arrays.sort(latencies);
        return new Result(threads, claims, issued.get(), seconds, claims / seconds,
                latencies[(int) (claims * 0.50)] / 1000, latencies[(int) (claims * 0.95)] / 1000,
                latencies[Math.min(claims - 1, (int) (claims * 0.99))] / 1000);
    }

    /** One claim exactly as the service makes it: insert the member's coupon, then take one from the counter. */
    private static boolean claim(Connection connection, long campaign, String member) throws SQLException {
        var now = Instant.now();
        try (var insert = connection.prepareStatement(INSERT_COUPON);
             var take = connection.prepareStatement(TAKE_ONE)) {
            insert.setLong(1, campaign);
            insert.setString(2, "jdbc claim loop");
            insert.setString(3, member);
            insert.setString(4, "FIXED");
            insert.setLong(5, 1000);
            insert.setNull(6, Types.BIGINT);
            insert.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setObject(8, OffsetDateTime.ofInstant(now.plus(Duration.ofDays(30)), ZoneOffset.UTC));
            boolean inserted;
            try (var rs = insert.executeQuery()) {
                inserted = rs.next();
            }
            if (!inserted) {
                connection.rollback();
                return false;
            }
            take.setLong(1, campaign);
            if (take.executeUpdate() != 1) {
                connection.rollback();
                return false;
            }
            connection.commit();
            return true;
        }
    }
}
