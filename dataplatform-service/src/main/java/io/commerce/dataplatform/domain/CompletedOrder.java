package io.commerce.dataplatform.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/** An order that was paid, as the data platform keeps it. */
public record CompletedOrder(UUID orderId, String userId, List<SoldLine> lines, long subtotal, long discount,
        long paidAmount, Instant completedAt) {

    public CompletedOrder {
        Objects.requireNonNull(orderId, "orderId");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a completed order has lines");
        }
        lines = List.copyOf(lines);
        if (subtotal < 0 || discount < 0 || paidAmount < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /** The calendar day the sale counts for: the day of completion in the zone the ranking is kept in. */
    public LocalDate salesDate(ZoneId zone) {
        return LocalDate.ofInstant(completedAt, zone);
    }

    /** Units sold per product; lines naming the same product add up. Sorted by product id. */
    public SortedMap<Long, Long> unitsByProduct() {
        var units = new TreeMap<Long, Long>();
        for (var line : lines) {
            units.merge(line.productId(), (long) line.quantity(), Math::addExact);
        }
        return units;
    }
}
