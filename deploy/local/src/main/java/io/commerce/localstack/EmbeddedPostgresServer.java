package io.commerce.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central, on a free port, with one database
 * per service. One per JVM: test classes share it, and each asks for its service's database by name.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static volatile EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final Set<String> databases = ConcurrentHashMap.newKeySet();

    private EmbeddedPostgresServer(int port) {
        try {
            var builder = EmbeddedPostgres.builder()
                    // concurrency tests open many connections at once; the default 100 is too few for several pools
                    .setServerConfig("max_connections", "400")
                    // our own hook stops it, after Spring's (see closeAfterSpring)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
            if (port > 0) {
                builder.setPort(port);
            }
            this.postgres = builder.start();
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
                    Runtime.getRuntime().addShutdownHook(new Thread(shared::closeAfterSpring, "embedded-postgres-stop"));
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
        return postgres.getPort();
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

    /**
     * JVM shutdown hooks run concurrently. Spring's hook closes the application contexts, which still talk
     * to the database (the outbox reports what is pending); stopping PostgreSQL under them makes each wait
     * out its connection timeout. So the database goes last.
     */
    private void closeAfterSpring() {
        try {
            // the hooks are started one after the other: give Spring's a moment to exist before looking for it
            Thread.sleep(200);
            for (var thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("SpringApplicationShutdownHook")) {
                    thread.join(20_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
