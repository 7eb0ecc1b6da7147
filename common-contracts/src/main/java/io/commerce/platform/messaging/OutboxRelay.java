package io.commerce.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Sends the outbox to Kafka in batches: it reads up to {@code batch} rows in the order they were written, sends them
 * all (the producer batches them), waits for every acknowledgement and deletes them with one statement. Per event
 * that is the insert in the publisher's transaction and a share of four statements, where a relay that completes
 * each event on its own costs a transaction per event and, if it waits for each send, about 150 events a second.
 * A commit wakes the relay; it then lingers a moment ({@code linger}) so that the commits of that moment leave in
 * one batch instead of one batch each.
 *
 * <p>One relay per database sends at a time, so the events of one key leave in the order they were written even
 * with several replicas: a batch is sent under a session-level advisory lock, taken before the rows are read and
 * released once they are deleted. The relay holds it on a connection of its own, outside the pool and outside any
 * transaction, so waiting for Kafka's acknowledgements keeps no pooled connection and no transaction open; if the
 * relay or its connection dies, PostgreSQL releases the lock with the session. A failed send leaves the rows in
 * place; they are sent again after a back-off, so an event may reach Kafka twice but is never lost, and consumers
 * are idempotent.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LEADER_KEY = "hashtextextended('commerce.outbox-relay', 0)";

    private final JdbcTemplate pooled;
    private final ConnectionFactory connections;
    private final ProducerFactory<Object, Object> producers;
    private final MessagingProperties.Relay settings;
    private final Counter sent;
    private final Counter failures;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private @Nullable Connection leaderConnection;
    private @Nullable JdbcTemplate leader;

    /** Opens the relay's own connection to the database the outbox is in. */
    @FunctionalInterface
    public interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    public OutboxRelay(DataSource dataSource, ConnectionFactory connections, ProducerFactory<Object, Object> producers,
            MessagingProperties.Relay settings, MeterRegistry meters) {
        this.pooled = new JdbcTemplate(dataSource);
        this.connections = connections;
        this.producers = producers;
        this.settings = settings;
        this.sent = Counter.builder("commerce.outbox.sent").description("events the relay sent to Kafka")
                .register(meters);
        this.failures = Counter.builder("commerce.outbox.failures")
                .description("relay batches not acknowledged, left in the outbox to be sent again").register(meters);
        Gauge.builder("commerce.outbox.pending", pooled, OutboxRelay::pending)
                .description("events written but not yet sent").register(meters);
    }

    /** Asks the relay to look at the outbox now rather than at the end of its idle interval. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Sends one batch; returns how many events were sent (0 if the outbox is empty or another relay sends). */
    public synchronized int relayBatch() {
        var jdbc = leader();
        try {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_lock(" + LEADER_KEY + ")",
                    Boolean.class))) {
                return 0;
            }
            try {
                var rows = jdbc.query("select id, topic, event_key, payload, headers from outbox_event order by id limit ?",
                        (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)), settings.batch());
                if (rows.isEmpty()) {
                    return 0;
                }
                awaitAcknowledgements(send(rows));
                var ids = rows.stream().map(Row::id).toArray(Long[]::new);
                jdbc.update(connection -> {
                    var delete = connection.prepareStatement("delete from outbox_event where id = any(?)");
                    delete.setArray(1, connection.createArrayOf("bigint", ids));
                    return delete;
                });
                sent.increment(ids.length);
                return ids.length;
            } finally {
                jdbc.queryForObject("select pg_advisory_unlock(" + LEADER_KEY + ")", Boolean.class);
            }
        } catch (DataAccessException e) {
            // the connection may be gone, and the lock with it: the next batch opens a new one
            closeLeaderConnection();
            throw e;
        }
    }

    /** The relay's own connection, opened on first use and again after it failed. */
    private JdbcTemplate leader() {
        if (leader == null) {
            try {
                var connection = connections.open();
                connection.setAutoCommit(true);
                leaderConnection = connection;
                leader = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("The outbox relay cannot connect", e);
            }
        }
        return leader;
    }

    private void closeLeaderConnection() {
        if (leaderConnection != null) {
            try {
                leaderConnection.close();
            } catch (SQLException e) {
                log.debug("Closing the relay's connection failed: {}", e.getMessage());
            }
            leaderConnection = null;
            leader = null;
        }
    }

    private List<Future<RecordMetadata>> send(List<Row> rows) {
        var producer = producers.createProducer();
        var acknowledgements = new ArrayList<Future<RecordMetadata>>(rows.size());
        try {
            for (var row : rows) {
                acknowledgements.add(producer.send(row.record()));
            }
        } finally {
            // a handle on the factory's shared producer, closed as KafkaTemplate closes it: the producer stays open
            producer.close();
        }
        return acknowledgements;
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> acknowledgements) {
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (var acknowledgement : acknowledgements) {
            try {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new KafkaException("Outbox batch not acknowledged, left to be sent again", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("Interrupted while the outbox batch was in flight", e);
            }
        }
    }

    private void run() {
        var backoff = settings.initialBackoff();
        while (running) {
            try {
                if (relayBatch() < settings.batch()
                        && wakeUps.tryAcquire(settings.idle().toMillis(), TimeUnit.MILLISECONDS)) {
                    // caught up and woken by a commit: the commits of the next moment join its batch
                    TimeUnit.MILLISECONDS.sleep(settings.linger().toMillis());
                    wakeUps.drainPermits();
                }
                backoff = settings.initialBackoff();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Outbox relay failed, retrying in {}: {}", backoff, e.getMessage());
                if (!pause(backoff)) {
                    return;
                }
                var doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
            }
        }
    }

    private boolean pause(Duration backoff) {
        try {
            TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        wakeUps.release();
        try {
            worker.join(settings.sendTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
        }
        synchronized (this) {
            closeLeaderConnection();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before, and stops after, the web server and the Kafka listeners that publish through it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    private static double pending(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from outbox_event", Long.class);
        return count == null ? 0 : count;
    }

    private record Row(long id, String topic, String key, String payload, String headers) {

        ProducerRecord<Object, Object> record() {
            var record = new ProducerRecord<Object, Object>(topic, key, payload.getBytes(StandardCharsets.UTF_8));
            TraceHeaders.addTo(record.headers(), headers);
            return record;
        }
    }
}
