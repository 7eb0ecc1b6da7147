package io.commerce.order.adapter.out.persistence;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderLine;
import io.commerce.order.domain.OrderStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Orders in PostgreSQL, in plain SQL: an order and its lines are read with one statement and written with one
 * (two when it is placed), and locked with one more, because each saga reply locks, reads and writes one order and
 * nothing more.
 *
 * <p>The order row lock ({@code select … for update}) serializes the replies of one order's saga; the sweeper's
 * {@code for update skip locked} lets several instances sweep without waiting on each other or on a reply in
 * progress; a transaction-scoped advisory lock on (member, Idempotency-Key) serializes requests that share a key,
 * and the partial unique index backs it.
 */
@Component
class OrderPersistenceAdapter implements OrderRepository {

    /** The order's columns and its lines as three arrays in line order, for {@link OrderColumns#read}. */
    private static final String SELECT = """
            select o.*,
                   array(select product_id from order_line where order_id = o.id order by line_no) as line_products,
                   array(select quantity from order_line where order_id = o.id order by line_no) as line_quantities,
                   array(select unit_price from order_line where order_id = o.id order by line_no) as line_prices
            from orders o
            """;

    private final JdbcTemplate jdbc;

    OrderPersistenceAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Order order) {
        var columns = OrderColumns.of(order);
        jdbc.update("""
                insert into orders (id, member_id, status, coupon_id, idempotency_key, stock_reserved, coupon_applied,
                    payment_requested, subtotal, discount_kind, discount_value, discount_cap, discount, paid_amount,
                    failure_reason, failure_detail, placed_at, deadline_at, completed_at, failed_at, cancelled_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                order.id(), order.memberId(), columns.status(), order.couponId().orElse(null),
                order.idempotencyKey().map(IdempotencyKey::value).orElse(null), columns.stockReserved(),
                columns.couponApplied(), columns.paymentRequested(), columns.subtotal(), columns.discountKind(),
                columns.discountValue(), columns.discountCap(), columns.discount(), columns.paidAmount(),
                columns.failureReason(), columns.failureDetail(), Timestamp.from(order.placedAt()),
                Timestamp.from(order.deadline()), columns.completedAt(), columns.failedAt(), columns.cancelledAt());
        var lines = order.lines();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into order_line (order_id, line_no, product_id, quantity, unit_price)
                    select ?, line.no - 1, line.product_id, line.quantity, line.unit_price
                    from unnest(?::bigint[], ?::int[], ?::bigint[]) with ordinality
                        as line(product_id, quantity, unit_price, no)""");
            insert.setObject(1, order.id());
            insert.setArray(2, connection.createArrayOf("bigint",
                    lines.stream().map(OrderLine::productId).toArray()));
            insert.setArray(3, connection.createArrayOf("integer", lines.stream().map(OrderLine::quantity).toArray()));
            insert.setArray(4, connection.createArrayOf("bigint", lines.stream().map(OrderLine::unitPrice).toArray()));
            return insert;
        });
    }

    /**
     * One statement: the order's columns, the lines' prices where they changed (they are set once, when the stock
     * is reserved), and the status it had before, to announce a settlement.
     */
    @Override
    public void save(Order order) {
        var columns = OrderColumns.of(order);
        var prices = order.lines().stream().map(OrderLine::unitPrice).toArray();
        var before = jdbc.query(connection -> {
            var update = connection.prepareStatement("""
                    with before as (select status from orders where id = ?),
                    priced as (
                        update order_line line set unit_price = price.unit_price
                        from unnest(?::bigint[]) with ordinality as price(unit_price, no)
                        where line.order_id = ? and line.line_no = price.no - 1
                          and line.unit_price is distinct from price.unit_price)
                    update orders set status = ?, stock_reserved = ?, coupon_applied = ?, payment_requested = ?,
                        subtotal = ?, discount_kind = ?, discount_value = ?, discount_cap = ?, discount = ?,
                        paid_amount = ?, failure_reason = ?, failure_detail = ?, completed_at = ?, failed_at = ?,
                        cancelled_at = ?
                    where id = ?
                    returning (select status from before)""");
            int i = 0;
            update.setObject(++i, order.id());
            update.setArray(++i, connection.createArrayOf("bigint", prices));
            update.setObject(++i, order.id());
            for (var value : new Object[] {columns.status(), columns.stockReserved(), columns.couponApplied(),
                    columns.paymentRequested(), columns.subtotal(), columns.discountKind(), columns.discountValue(),
                    columns.discountCap(), columns.discount(), columns.paidAmount(), columns.failureReason(),
                    columns.failureDetail(), columns.completedAt(), columns.failedAt(), columns.cancelledAt()}) {
                update.setObject(++i, value);
            }
            update.setObject(++i, order.id());
            return update;
        }, (rs, n) -> rs.getString(1));
        if (before.isEmpty()) {
            throw new IllegalStateException("order " + order.id() + " was never stored");
        }
        if (OrderStatus.PENDING.name().equals(before.getFirst()) && order.status() != OrderStatus.PENDING) {
            // delivered when this transaction commits, to every instance (see PostgresOrderSettlements)
            jdbc.query("select pg_notify(?, ?)", row -> { }, PostgresOrderSettlements.CHANNEL, order.id().toString());
        }
    }

    @Override
    public Optional<Order> find(UUID orderId) {
        return jdbc.query(SELECT + "where o.id = ?", OrderColumns::read, orderId).stream().findFirst();
    }

    /**
     * Locks, then reads. One {@code select … for update} cannot do both: when it waits for the lock, PostgreSQL
     * hands it the order's row as the other transaction committed it but the lines as they were when the statement
     * began, so an order whose stock was just reserved would come back with a subtotal and unpriced lines.
     */
    @Override
    public Optional<Order> lock(UUID orderId) {
        var locked = jdbc.queryForList("select id from orders where id = ? for update", UUID.class, orderId);
        return locked.isEmpty() ? Optional.empty() : find(orderId);
    }

    @Override
    public Optional<Order> findByIdempotencyKey(String memberId, IdempotencyKey key) {
        // without this lock two first requests with one key would both find nothing; the second would then fail
        // on the unique index with a 500 instead of getting the first order
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> { },
                "order-idempotency:" + memberId + ":" + key.value());
        return jdbc.query(SELECT + "where o.member_id = ? and o.idempotency_key = ?", OrderColumns::read, memberId,
                key.value()).stream().findFirst();
    }

    @Override
    public Page<Order> page(String memberId, PageRequest request) {
        var orders = jdbc.query(SELECT + "where o.member_id = ? order by o.placed_at desc, o.id desc limit ? offset ?",
                OrderColumns::read, memberId, request.size(), (long) request.page() * request.size());
        long total = orders.size() < request.size() && (request.page() == 0 || !orders.isEmpty())
                ? (long) request.page() * request.size() + orders.size()
                : jdbc.queryForObject("select count(*) from orders where member_id = ?", Long.class, memberId);
        return new Page<>(orders, request, total);
    }

    /** Locks, then reads, as {@link #lock} does and for the same reason. */
    @Override
    public List<Order> lockOverdue(Instant now, int limit) {
        var locked = jdbc.queryForList("""
                select id from orders
                where status = 'PENDING' and deadline_at <= ?
                order by deadline_at
                limit ?
                for update skip locked""", UUID.class, Timestamp.from(now), limit);
        if (locked.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            var read = connection.prepareStatement(SELECT + "where o.id = any(?) order by o.deadline_at");
            read.setArray(1, connection.createArrayOf("uuid", locked.toArray()));
            return read;
        }, OrderColumns::read);
    }

    /** The first entry of the partial index the sweeper scans ({@code orders_pending_deadline}). */
    @Override
    public Optional<Instant> earliestPendingDeadline() {
        var earliest = jdbc.queryForObject("select min(deadline_at) from orders where status = 'PENDING'",
                Timestamp.class);
        return Optional.ofNullable(earliest).map(Timestamp::toInstant);
    }
}
