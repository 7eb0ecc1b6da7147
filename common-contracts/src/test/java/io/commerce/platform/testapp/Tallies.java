package io.commerce.platform.testapp;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the test application's consumer has done, read from its own tables. */
@Component
public class Tallies {

    private final JdbcTemplate jdbc;

    Tallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's total; the member must have one. */
    public long of(String memberId) {
        return jdbc.queryForObject("select total from tally where member_id = ?", Long.class, memberId);
    }

    public long orZero(String memberId) {
        return jdbc.queryForList("select total from tally where member_id = ?", Long.class, memberId).stream()
                .findFirst().orElse(0L);
    }

    /** How many records of handling this event the consumer keeps: 1 once handled, 0 before or once pruned. */
    public int processed(UUID eventId) {
        return jdbc.queryForObject("select count(*) from processed_event where consumer = 'platform-test' and event_id = ?",
                Integer.class, eventId);
    }
}
