package io.commerce.platform.config;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database's absence rather than anything the work did: no connection (refused, or none
 * free in the pool in time), or a connection lost under the work, as when PostgreSQL stops or fails over (its
 * sessions then end with SQLSTATE class 08, or 57P01–57P03). Such work is neither wrong nor done: a request is
 * answered 503, a consumed record is retried until the database is back.
 */
public final class DatabaseUnreachable {

    /** What Hikari's proxy of a connection it has closed answers to every call, without an SQLSTATE. */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnreachable() {
    }

    public static boolean causedIt(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // a rollback on the lost connection fails too, and hides the failure that lost it here
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedIt(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            // A commit on the lost connection fails, Hikari evicts the connection, and the rollback that follows
            // fails on Hikari's closed proxy; Spring then throws the rollback's failure and only logs the commit's.
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
