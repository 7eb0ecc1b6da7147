package io.commerce.platform.testapp;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;
import io.commerce.contracts.error.ServiceBusyException;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fails on request: a domain refusal of each kind, a refusal to take on more work, a request that finds no free
 * database connection, one whose connection is lost under it, and a bug, to see what the problem details make of them.
 */
@RestController
@RequestMapping("/api/v1/refusals")
class RefusalController {

    private final HikariDataSource database;

    RefusalController(DataSource database) throws SQLException {
        this.database = database.unwrap(HikariDataSource.class);
    }

    static final class Refused extends DomainException {

        Refused(ErrorKind kind) {
            super("REFUSED_" + kind.name(), kind, "Refused as " + kind + ".");
        }
    }

    @GetMapping("/{kind}")
    void refuse(@PathVariable ErrorKind kind) {
        throw new Refused(kind);
    }

    @GetMapping("/busy")
    void busy() {
        throw new ServiceBusyException("TALLIES_BACKLOGGED", "Too much is waiting.", Duration.ofMillis(1_500));
    }

    /** A pool of one connection, held by this request while it asks for a second: Hikari's own timeout. */
    @GetMapping("/pool-exhausted")
    void poolExhausted() throws SQLException {
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(database.getJdbcUrl());
            pool.setUsername(database.getUsername());
            pool.setPassword(database.getPassword());
            pool.setMaximumPoolSize(1);
            pool.setConnectionTimeout(250);
            try (var held = pool.getConnection()) {
                new TransactionTemplate(new DataSourceTransactionManager(pool)).executeWithoutResult(status -> {
                });
            }
        }
    }

    /**
     * The connection lost in the middle of a transaction, as when PostgreSQL stops: another session ends this one's
     * backend (SQLSTATE 57P01, as a fast shutdown does) before its next statement.
     */
    @GetMapping("/connection-lost")
    void connectionLost() {
        var jdbc = new JdbcTemplate(database);
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(status -> {
            var pid = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
            try (var other = java.sql.DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                    database.getPassword()); var end = other.prepareStatement("select pg_terminate_backend(?)")) {
                end.setInt(1, pid);
                end.execute();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            jdbc.queryForObject("select 1", Integer.class);
        });
    }

    @GetMapping("/bug")
    void bug() {
        throw new IllegalStateException("a bug with a secret in its message: hunter2");
    }
}
