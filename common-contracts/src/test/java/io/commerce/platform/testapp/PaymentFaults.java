package io.commerce.platform.testapp;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Makes the handling of a member's payment requests fail, as a dependency that is down would, until a test heals
 * it; and counts how often the listener tried, failed or not.
 */
@Component
public class PaymentFaults {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> withoutDatabase = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public void failFor(String member) {
        failing.add(member);
    }

    /** As if the database were down: what Spring reports when the pool cannot give a connection in time. */
    public void cutDatabaseFor(String member) {
        withoutDatabase.add(member);
    }

    public void heal(String member) {
        failing.remove(member);
        withoutDatabase.remove(member);
    }

    public int attemptsFor(String member) {
        var count = attempts.get(member);
        return count == null ? 0 : count.get();
    }

    void attempt(String member) {
        attempts.computeIfAbsent(member, m -> new AtomicInteger()).incrementAndGet();
        if (withoutDatabase.contains(member)) {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed"
                            + " out after 250ms", "08001", new SQLException("Connection refused")));
        }
        if (failing.contains(member)) {
            throw new IllegalStateException("The tally of " + member + " is unavailable");
        }
    }
}
