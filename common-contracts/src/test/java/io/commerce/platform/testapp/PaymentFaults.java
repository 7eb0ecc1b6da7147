package io.commerce.platform.testapp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Makes the handling of a member's payment requests fail, as a dependency that is down would, until a test heals
 * it; and counts how often the listener tried, failed or not.
 */
@Component
public class PaymentFaults {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public void failFor(String member) {
        failing.add(member);
    }

    public void heal(String member) {
        failing.remove(member);
    }

    public int attemptsFor(String member) {
        var count = attempts.get(member);
        return count == null ? 0 : count.get();
    }

    void attempt(String member) {
        attempts.computeIfAbsent(member, m -> new AtomicInteger()).incrementAndGet();
        if (failing.contains(member)) {
            throw new IllegalStateException("The tally of " + member + " is unavailable");
        }
    }
}
