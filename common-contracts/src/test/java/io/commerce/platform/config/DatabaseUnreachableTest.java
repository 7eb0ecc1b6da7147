package io.commerce.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The failures that mean "the database went away" (503, retried) against those that are the work's own (4xx, 500,
 * dead letters). The connection-lost paths through a real PostgreSQL are ProblemDetailsTest's; this one is the
 * sequence a fault test met once: the commit fails on a terminated connection and the rollback on Hikari's proxy.
 */
class DatabaseUnreachableTest {

    @Test
    void a_rollback_failing_on_hikaris_closed_connection_is_the_database_gone() {
        var rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));

        assertThat(DatabaseUnreachable.causedIt(rollback)).isTrue();
    }

    @Test
    void a_terminated_connection_is_the_database_gone() {
        assertThat(DatabaseUnreachable.causedIt(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseUnreachable.causedIt(new SQLException("connection refused", "08001"))).isTrue();
    }

    @Test
    void the_works_own_failures_are_not() {
        assertThat(DatabaseUnreachable.causedIt(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnreachable.causedIt(new TransactionSystemException("JDBC commit failed",
                new SQLException("could not serialize access", "40001")))).isFalse();
        assertThat(DatabaseUnreachable.causedIt(new SQLException("Connection is closed", "25000"))).isFalse();
    }
}
