package io.commerce.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central, on a free port, with one database
 * per service. One per JVM: test classes share it, and each asks for its service's database by name.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static volatile EmbeddedPostgresServer shared;

    private final Path dataDirectory;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private final Set<String> databases = ConcurrentHashMap.newKeySet();

    private EmbeddedPostgresServer(int port) {
        try {
            // a directory of its own that a stop leaves in place, so that a restart finds the same data
            this.dataDirectory = Files.createTempDirectory("commerce-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.postgres = startOn(port);
        this.port = postgres.getPort();
    }

    private EmbeddedPostgres startOn(int port) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // concurrency tests open many connections at once; the default 100 is too few for several pools
                    .setServerConfig("max_connections", "400")
                    // stopped by Spring's shutdown handlers (see shared()) or by whoever started it
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /** The JVM's shared server, started on first use. */
    public static EmbeddedPostgresServer shared() {
        if (shared == null) {
            synchronized (EmbeddedPostgresServer.class) {
                if (shared == null) {
                    shared = new EmbeddedPostgresServer(0);
                    // Spring runs its shutdown handlers after it has closed every application context, and those
                    // still talk to the database while closing (the outbox reports what is pending): so the
                    // database stops last, not in a JVM hook racing Spring's
                    SpringApplication.getShutdownHandlers().add(shared::close);
                }
            }
        }
        return shared;
    }

    /** A server of its own, for the local run, on a given port (0 for any free one). */
    public static EmbeddedPostgresServer start(int port) {
        return new EmbeddedPostgresServer(port);
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server (a fast shutdown: sessions are ended, nothing committed is lost), as an outage or a failover
     * would: clients find nothing at the address until {@link #restart()}. For a server of one's own.
     */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a {@linkplain #stop() stopped} server again on the same port and the same data. */
    public void restart() {
        postgres = startOn(port);
    }

    /** The JDBC URL of {@code database}, created if it does not exist yet. */
    public String jdbcUrl(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        if (databases.add(database)) {
            try (var connection = postgres.getPostgresDatabase().getConnection();
                 var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database " + database);
                }
            } catch (SQLException e) {
                databases.remove(database);
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileTrees.delete(dataDirectory);
    }
}
