package io.commerce.product.adapter.out.persistence;

import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.product.application.port.out.ReservationRepository;
import io.commerce.product.domain.Reservation;
import io.commerce.product.domain.ReservationStatus;
import io.commerce.product.domain.ReservedLine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stock reservations in PostgreSQL, in plain SQL: the saga's busiest step locks a reservation and its lines with one
 * statement (no lazy load of the lines afterwards) and writes a decision with one insert and one batch of lines. The
 * order id is the primary key, so a second decision for an order is refused by the database; the rules stay in
 * {@link Reservation}.
 */
@Component
class ReservationPersistenceAdapter implements ReservationRepository {

    private final JdbcTemplate jdbc;

    ReservationPersistenceAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Reservation> lockByOrderId(UUID orderId) {
        var rows = jdbc.queryForList("""
                select r.status, r.rejection_reason, r.rejected_product_id, r.decided_at, r.released_at,
                       l.product_id, l.quantity, l.unit_price
                from stock_reservation r left join stock_reservation_line l on l.order_id = r.order_id
                where r.order_id = ? order by l.product_id for update of r""", orderId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var first = rows.getFirst();
        var lines = rows.stream().filter(row -> row.get("product_id") != null)
                .map(row -> new ReservedLine(number(row, "product_id"), number(row, "quantity"),
                        number(row, "unit_price")))
                .toList();
        var reason = (String) first.get("rejection_reason");
        var rejectedProduct = (Number) first.get("rejected_product_id");
        return Optional.of(Reservation.restore(orderId, ReservationStatus.valueOf((String) first.get("status")), lines,
                reason == null ? null : StockRejectionReason.valueOf(reason),
                rejectedProduct == null ? null : rejectedProduct.longValue(), instant(first, "decided_at"),
                instant(first, "released_at")));
    }

    @Override
    public void update(Reservation reservation) {
        int updated = jdbc.update("update stock_reservation set status = ?, released_at = ? where order_id = ?",
                reservation.status().name(), timestamp(reservation.releasedAt()), reservation.orderId());
        if (updated != 1) {
            throw new IllegalStateException("Reservation " + reservation.orderId() + " vanished");
        }
    }

    /** Always an INSERT, so the order id's primary key refuses a second decision. */
    @Override
    public void add(Reservation reservation) {
        jdbc.update("""
                insert into stock_reservation (order_id, status, rejection_reason, rejected_product_id, decided_at,
                                               released_at)
                values (?, ?, ?, ?, ?, ?)""", reservation.orderId(), reservation.status().name(),
                reservation.rejectionReason() == null ? null : reservation.rejectionReason().name(),
                reservation.rejectedProductId(), timestamp(reservation.decidedAt()),
                timestamp(reservation.releasedAt()));
        jdbc.batchUpdate("insert into stock_reservation_line (order_id, product_id, quantity, unit_price)"
                + " values (?, ?, ?, ?)", reservation.lines().stream()
                .map(l -> new Object[] {reservation.orderId(), l.productId(), l.quantity(), l.unitPrice()})
                .toList());
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        var value = row.get(column);
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
