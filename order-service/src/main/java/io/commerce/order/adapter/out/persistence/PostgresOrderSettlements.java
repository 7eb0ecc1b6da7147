package io.commerce.order.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.commerce.order.OrderProperties;
import io.commerce.order.application.port.out.OrderSettlements;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Settlements announced with PostgreSQL's {@code NOTIFY}: the transaction that takes an order out of PENDING
 * notifies {@value #CHANNEL} with the order id ({@link OrderPersistenceAdapter#save}), PostgreSQL delivers it
 * when, and only if, that transaction commits, and every instance of the service hears it on one connection
 * that {@code LISTEN}s. So a request waiting on one instance learns of a saga that ended on another, and never
 * of a change that rolled back.
 *
 * <p>While the listening connection is down, waits end at their time limit and the order is read again, which is
 * late but right; once it is back, every waiter reads again in case it missed its announcement.
 */
@Component
public class PostgresOrderSettlements implements OrderSettlements, SmartLifecycle {

    static final String CHANNEL = "order_settled";
    /** How long one wait for notifications blocks, so that stopping takes at most this. */
    private static final int POLL_MILLIS = 500;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    /** After this long without a notification the connection is asked a question, to tell quiet from dead. */
    private static final Duration PROBE_AFTER_QUIET = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(PostgresOrderSettlements.class);

    private final DataSource dataSource;
    private final int maxWaiters;
    private final ConcurrentHashMap<UUID, Set<Waiter>> waiters = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    public PostgresOrderSettlements(DataSource dataSource, OrderProperties properties) {
        this.dataSource = dataSource;
        this.maxWaiters = properties.statusWait().maxWaiters();
    }

    @Override
    public Optional<Watch> watch(UUID orderId) {
        if (waiting.incrementAndGet() > maxWaiters) {
            waiting.decrementAndGet();
            return Optional.empty();
        }
        var waiter = new Waiter(orderId);
        waiters.compute(orderId, (id, set) -> {
            var all = set != null ? set : ConcurrentHashMap.<Waiter>newKeySet();
            all.add(waiter);
            return all;
        });
        return Optional.of(waiter);
    }

    /** Requests waiting now. */
    public int waiting() {
        return waiting.get();
    }

    /** True while the listening connection is up: announcements arrive. */
    public boolean listening() {
        return listening;
    }

    private void announce(UUID orderId) {
        var set = waiters.get(orderId);
        if (set != null) {
            set.forEach(Waiter::wake);
        }
    }

    private void listen() {
        while (running) {
            try (var connection = listeningConnection()) {
                var notifications = connection.unwrap(PGConnection.class);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                // whatever settled while nobody listened went unheard: everyone waiting reads again
                waiters.values().forEach(set -> set.forEach(Waiter::wake));
                long quietSince = System.nanoTime();
                while (running) {
                    var received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null && received.length > 0) {
                        quietSince = System.nanoTime();
                        for (var notification : received) {
                            announce(UUID.fromString(notification.getParameter()));
                        }
                    } else if (System.nanoTime() - quietSince > PROBE_AFTER_QUIET.toNanos()) {
                        // a connection the network dropped without a word stays silent: a query finds out
                        try (var statement = connection.createStatement()) {
                            statement.execute("select 1");
                        }
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Not listening for order settlements, trying again in {}: {}", RECONNECT_AFTER,
                            e.getMessage());
                    pause();
                }
            } finally {
                listening = false;
            }
        }
    }

    /**
     * A connection of its own, outside the pool: it is held for as long as the service runs, and when it breaks
     * underneath {@code getNotifications} the pool would not notice and would lend it out broken.
     */
    private Connection listeningConnection() throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            return dataSource.getConnection();
        }
        var pool = dataSource.unwrap(HikariDataSource.class);
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", "order-settlements");
        // no statement on this connection runs long: an answer that does not come in 10 s means it is gone
        properties.setProperty("socketTimeout", "10");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name("order-settlements").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        try {
            listener.join(POLL_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before, and stops after, the web server: requests still waiting while it drains hear their answer. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    /** One waiting request. A wake-up is kept until it is awaited, so none falls between two awaits. */
    private final class Waiter implements Watch {

        private final UUID orderId;
        private final Semaphore announced = new Semaphore(0);

        private Waiter(UUID orderId) {
            this.orderId = orderId;
        }

        void wake() {
            announced.release();
        }

        @Override
        public boolean await(Duration atMost) throws InterruptedException {
            if (!announced.tryAcquire(atMost.toNanos(), TimeUnit.NANOSECONDS)) {
                return false;
            }
            announced.drainPermits();
            return true;
        }

        @Override
        public void close() {
            waiters.computeIfPresent(orderId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
            waiting.decrementAndGet();
        }
    }
}
