package io.commerce.dataplatform.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendar days a ranking covers, both ends included. "The last {@code days} days" is today and the
 * {@code days - 1} days before it: days = 3 on the 25th covers the 23rd, 24th and 25th.
 */
public record SalesWindow(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 30;

    public SalesWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    public static SalesWindow lastDays(int days, LocalDate today) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRankingRequestException("days must be between 1 and " + MAX_DAYS);
        }
        return new SalesWindow(today.minusDays(days - 1L), today);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
