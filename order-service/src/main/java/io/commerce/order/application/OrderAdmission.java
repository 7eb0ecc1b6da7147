package io.commerce.order.application;

import io.commerce.order.application.port.out.OrderMetrics;
import io.commerce.order.application.port.out.OrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Refuses a new order while the saga's backlog is too old for it to settle inside the deadline. Accepting it would
 * only fail it later with {@code TIMEOUT}, after its compensations, and on an overloaded machine that work is taken
 * from the orders that could still complete.
 *
 * <p>The backlog is judged by the age of the oldest PENDING order, not by how many there are or by consumer lag:
 * age is what the deadline is about, it needs no notion of the current throughput, it covers every cause (a slow
 * participant, a stopped one, a lagging consumer) and, read from the orders table, it is the same for every
 * replica. It is read at most once per {@code sampleEvery} per instance, so a refusal costs no query.
 *
 * <p>While the oldest order is younger than {@code maxBacklogAge}, everything is admitted: the backlog settles at
 * about that age under any overload, so accepted orders wait at most that long, and the saga never runs dry.
 */
public class OrderAdmission {

    private final OrderRepository orders;
    private final OrderMetrics metrics;
    private final Clock clock;
    private final Duration sagaDeadline;
    private final Duration maxBacklogAge;
    private final Duration sampleEvery;
    private final Duration retryAfter;

    private final AtomicReference<Reading> last = new AtomicReference<>(new Reading(Instant.MIN, Duration.ZERO));
    private final AtomicBoolean reading = new AtomicBoolean();

    public OrderAdmission(OrderRepository orders, OrderMetrics metrics, Clock clock, Duration sagaDeadline,
            Duration maxBacklogAge, Duration sampleEvery, Duration retryAfter) {
        if (maxBacklogAge.isNegative() || maxBacklogAge.compareTo(sagaDeadline) >= 0) {
            throw new IllegalArgumentException("The backlog an order is admitted behind (" + maxBacklogAge
                    + ") must be shorter than the saga deadline (" + sagaDeadline + ")");
        }
        this.orders = orders;
        this.metrics = metrics;
        this.clock = clock;
        this.sagaDeadline = sagaDeadline;
        this.maxBacklogAge = maxBacklogAge;
        this.sampleEvery = sampleEvery;
        this.retryAfter = retryAfter;
    }

    /** @throws OrdersBackloggedException if the oldest PENDING order is older than the admitted backlog */
    public void admit() {
        var age = backlogAge();
        if (age.compareTo(maxBacklogAge) > 0) {
            metrics.refused();
            throw new OrdersBackloggedException(retryAfter);
        }
    }

    /**
     * The age of the oldest PENDING order, as last read; one caller reads it again once the reading is older than
     * {@code sampleEvery}, while the others use the last one rather than queue behind it.
     */
    Duration backlogAge() {
        var now = clock.instant();
        var reading = last.get();
        if (now.isBefore(reading.at().plus(sampleEvery)) || !this.reading.compareAndSet(false, true)) {
            return reading.age();
        }
        try {
            // every order's deadline is its placement plus the deadline, and the deadlines are what is indexed
            var age = orders.earliestPendingDeadline()
                    .map(deadline -> Duration.between(deadline.minus(sagaDeadline), now))
                    .filter(d -> !d.isNegative())
                    .orElse(Duration.ZERO);
            last.set(new Reading(now, age));
            return age;
        } finally {
            this.reading.set(false);
        }
    }

    private record Reading(Instant at, Duration age) {
    }
}
