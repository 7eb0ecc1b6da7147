package io.commerce.platform.messaging;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.EmbeddedPostgresServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention of {@code processed_event}: what is older than the retention goes, a batch at a time, and nothing
 * younger, also with two instances pruning at once. On a database of its own, migrated by the shared migrations, so
 * that the test application's own retention job and the other tests' events stay out of the counts; the clock is
 * fixed and each row's age is set by the test.
 */
class ProcessedEventRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Instant CUTOFF = NOW.minus(RETENTION);

    private static DataSource database;
    private JdbcTemplate jdbc;
    private MeterRegistry meters;

    @BeforeAll
    static void aDatabaseOfItsOwn() throws Exception {
        var postgres = EmbeddedPostgresServer.shared();
        database = new SimpleDriverDataSource(new org.postgresql.Driver(), postgres.jdbcUrl("platform_retention"),
                postgres.username(), postgres.password());
        Flyway.configure().dataSource(database).locations("classpath:db/commerce-platform").load().migrate();
    }

    @BeforeEach
    void noRecordedEvents() {
        jdbc = new JdbcTemplate(database);
        jdbc.update("truncate processed_event");
        meters = new SimpleMeterRegistry();
    }

    @Test
    void rows_older_than_the_retention_are_deleted_over_several_batches_and_rows_inside_it_are_kept() {
        recordOlderThanTheRetention(250);
        recordAt(CUTOFF, 1); // exactly as old as the retention: not older
        recordInsideTheRetention(120);

        long deleted = retention(100).prune();

        assertThat(deleted).isEqualTo(250);
        assertThat(olderThanTheRetention()).isZero();
        assertThat(insideTheRetention()).isEqualTo(121);
        assertThat(pruned()).isEqualTo(250);
        assertThat(retention(100).prune()).as("nothing left to prune").isZero();
    }

    @Test
    void a_row_kept_today_is_deleted_once_it_has_aged_past_the_retention() {
        recordAt(NOW.minus(RETENTION).plus(Duration.ofHours(1)), 1);

        assertThat(retention(100).prune()).isZero();
        assertThat(retentionAt(NOW.plus(Duration.ofMinutes(59)), 100).prune()).as("still inside").isZero();
        assertThat(retentionAt(NOW.plus(Duration.ofMinutes(61)), 100).prune()).as("aged out").isEqualTo(1);
        assertThat(insideTheRetention() + olderThanTheRetention()).isZero();
    }

    @Test
    void two_instances_pruning_at_once_delete_exactly_the_old_rows_each_once() throws Exception {
        recordOlderThanTheRetention(2_000);
        recordInsideTheRetention(300);
        var first = retention(50);
        var second = retention(50);

        var start = new CountDownLatch(1);
        var deleted = new ArrayList<Future<Long>>();
        try (var replicas = Executors.newFixedThreadPool(2)) {
            for (var replica : new ProcessedEventRetention[] {first, second}) {
                deleted.add(replicas.submit(() -> {
                    start.await();
                    return replica.prune();
                }));
            }
            start.countDown();
            assertThat(deleted.get(0).get(60, SECONDS) + deleted.get(1).get(60, SECONDS)).isEqualTo(2_000);
        }

        assertThat(olderThanTheRetention()).isZero();
        assertThat(insideTheRetention()).isEqualTo(300);
        assertThat(pruned()).as("both instances' counts, one meter").isEqualTo(2_000);
    }

    @Test
    void by_default_rows_are_kept_30_days_and_pruned_1000_at_a_time_every_10_minutes() {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class).run(context -> {
            var processed = context.getBean(MessagingProperties.class).processed();
            assertThat(processed.retention()).isEqualTo(Duration.ofDays(30));
            assertThat(processed.pruneBatch()).isEqualTo(1_000);
            assertThat(processed.pruneEvery()).isEqualTo(Duration.ofMinutes(10));
        });
    }

    @ParameterizedTest
    @CsvSource({"retention=0s, retention", "retention=-30d, retention", "prune-batch=0, pruneBatch",
            "prune-every=0s, pruneEvery"})
    void an_application_whose_retention_batch_or_interval_is_not_positive_does_not_start(String setting,
            String field) {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("commerce.events.processed." + setting)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("on field 'processed." + field + "'"));
    }

    private ProcessedEventRetention retention(int batch) {
        return retentionAt(NOW, batch);
    }

    private ProcessedEventRetention retentionAt(Instant now, int batch) {
        return new ProcessedEventRetention(jdbc, new TransactionTemplate(new DataSourceTransactionManager(database)),
                new MessagingProperties.Processed(RETENTION, batch, Duration.ofMinutes(10)),
                Clock.fixed(now, ZoneOffset.UTC), meters);
    }

    /** {@code rows} rows recorded from 1 s to {@code rows} s longer ago than the retention. */
    private void recordOlderThanTheRetention(int rows) {
        record(CUTOFF, -1, rows);
    }

    /** {@code rows} rows inside the retention: one recorded now, the others from 1 min after its start, 1 min apart. */
    private void recordInsideTheRetention(int rows) {
        record(CUTOFF, 60, rows - 1);
        recordAt(NOW, 1);
    }

    private void recordAt(Instant at, int rows) {
        record(at, 0, rows);
    }

    /** {@code rows} rows, the n-th (from 1) recorded {@code step × n} seconds after {@code from}. */
    private void record(Instant from, int step, int rows) {
        jdbc.update("""
                insert into processed_event (consumer, event_id, event_type, event_key, processed_at)
                select 'retention-test', gen_random_uuid(), 'PaymentRequested', 'order-' || n,
                       ?::timestamptz + make_interval(secs => ? * n)
                from generate_series(1, ?) as n""", Timestamp.from(from), step, rows);
    }

    private long olderThanTheRetention() {
        return jdbc.queryForObject("select count(*) from processed_event where processed_at < ?", Long.class,
                Timestamp.from(CUTOFF));
    }

    private long insideTheRetention() {
        return jdbc.queryForObject("select count(*) from processed_event where processed_at >= ?", Long.class,
                Timestamp.from(CUTOFF));
    }

    private double pruned() {
        return meters.get("commerce.events.processed.pruned").counter().count();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MessagingProperties.class)
    static class PropertiesOnly {
    }
}
