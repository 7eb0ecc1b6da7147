package io.commerce.platform.testapp;

import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.platform.messaging.IntegrationEventPublisher;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds payments to members' tallies and announces each through the outbox, in the transaction of the change. */
@Service
public class TallyService {

    /** The most one payment may add: above it the tally refuses with a domain error (422, and no retry on Kafka). */
    public static final long LIMIT = 1_000_000;

    private final JdbcTemplate jdbc;
    private final IntegrationEventPublisher events;

    TallyService(JdbcTemplate jdbc, IntegrationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public long add(String member, UUID payment, long amount) {
        if (amount > LIMIT) {
            throw new TallyLimitExceeded(LIMIT);
        }
        long total = jdbc.queryForObject("""
                insert into tally (member_id, total) values (?, ?)
                on conflict (member_id) do update set total = tally.total + excluded.total
                returning total""", Long.class, member, amount);
        events.publish(new PaymentCompleted(payment, member, amount));
        return total;
    }

    @Transactional(readOnly = true)
    public long totalOf(String member) {
        return jdbc.queryForList("select total from tally where member_id = ?", Long.class, member).stream()
                .findFirst().orElseThrow(() -> new TallyNotFound(member));
    }

    /** The {@code count} largest tallies, largest first. */
    @Transactional(readOnly = true)
    public List<Long> largest(int count) {
        return jdbc.queryForList("select total from tally order by total desc limit ?", Long.class, count);
    }
}
