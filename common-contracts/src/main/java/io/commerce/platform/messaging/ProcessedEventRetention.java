package io.commerce.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets consumed events once no delivery of them can come any more: every
 * {@code commerce.events.processed.prune-every} it deletes the {@code processed_event} rows older than
 * {@code commerce.events.processed.retention} (why that is long enough: {@link MessagingProperties.Processed}), which
 * would otherwise grow by a row per consumed event forever. A delivery inside the retention still finds its row and
 * is skipped, as {@link IdempotentConsumer} says.
 *
 * <p>It deletes in batches of {@code prune-batch} rows, each batch a short transaction of its own, and stops at the
 * first batch that deletes fewer: a backlog never becomes one long transaction holding many row locks, and a run that
 * finds nothing old is one probe of the index on {@code processed_at}. Every instance of a service runs it on its own
 * thread. A batch takes its rows {@code for update skip locked}, so instances pruning at the same moment delete
 * different rows instead of queuing behind each other, and each row is deleted once.
 */
public class ProcessedEventRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventRetention.class);
    // oldest first along the index on processed_at, also while much of the table is old (a sequential scan could
    // read all the young rows before it finds a batch); ctid = any(array(...)) then deletes the rows it locked by
    // their addresses (a TID scan), without a second lookup
    private static final String DELETE_BATCH = """
            delete from processed_event
            where ctid = any(array(
                select ctid from processed_event
                where processed_at < ?
                order by processed_at
                limit ?
                for update skip locked))""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MessagingProperties.Processed settings;
    private final Clock clock;
    private final Counter pruned;
    private volatile @Nullable ScheduledExecutorService schedule;

    public ProcessedEventRetention(JdbcTemplate jdbc, TransactionTemplate transactions,
            MessagingProperties.Processed settings, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.pruned = Counter.builder("commerce.events.processed.pruned")
                .description("processed_event rows deleted because they were older than the retention")
                .register(meters);
    }

    /**
     * Deletes every row older than the retention, a batch per transaction; returns how many rows this call deleted.
     * Rows another instance deletes meanwhile are not counted here.
     */
    public long prune() {
        // processed_at is the database's now(); against a retention of days, the clocks' skew does not matter
        var cutoff = Timestamp.from(clock.instant().minus(settings.retention()));
        long deleted = 0;
        int batch;
        do {
            batch = deleteBatch(cutoff);
            pruned.increment(batch);
            deleted += batch;
        } while (batch == settings.pruneBatch() && !Thread.currentThread().isInterrupted());
        return deleted;
    }

    private int deleteBatch(Timestamp cutoff) {
        Integer deleted = transactions.execute(status -> jdbc.update(DELETE_BATCH, cutoff, settings.pruneBatch()));
        return deleted == null ? 0 : deleted;
    }

    private void run() {
        try {
            long deleted = prune();
            log.debug("Pruned {} processed events older than {}", deleted, settings.retention());
        } catch (RuntimeException e) {
            // a task that throws is never run again: the next run tries anew
            log.warn("Pruning processed events failed, trying again in {}: {}", settings.pruneEvery(), e.toString());
        }
    }

    @Override
    public void start() {
        var executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("processed-event-retention").daemon().factory());
        long every = settings.pruneEvery().toMillis();
        executor.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
        schedule = executor;
    }

    /** Ends a run after its current batch, whose transaction commits or rolls back on its own. */
    @Override
    public void stop() {
        var executor = schedule;
        if (executor == null) {
            return;
        }
        schedule = null;
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }
}
