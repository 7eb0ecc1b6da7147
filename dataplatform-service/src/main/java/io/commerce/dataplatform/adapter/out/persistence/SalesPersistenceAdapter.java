package io.commerce.dataplatform.adapter.out.persistence;

import io.commerce.dataplatform.application.port.out.CompletedOrderRepository;
import io.commerce.dataplatform.application.port.out.DailySalesRepository;
import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.ProductSales;
import io.commerce.dataplatform.domain.SalesWindow;
import io.commerce.dataplatform.domain.SoldLine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plain SQL rather than JPA: the two things this store does are an insert-if-absent and an upsert that adds,
 * both single statements PostgreSQL makes atomic, and an aggregate over a small table.
 */
@Component
class SalesPersistenceAdapter implements CompletedOrderRepository, DailySalesRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    SalesPersistenceAdapter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean addIfAbsent(CompletedOrder order, LocalDate salesDate) {
        int inserted = jdbc.sql("""
                        insert into completed_order
                            (order_id, user_id, subtotal, discount, paid_amount, completed_at, sales_date, received_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (order_id) do nothing""")
                .params(order.orderId(), order.userId(), order.subtotal(), order.discount(), order.paidAmount(),
                        Timestamp.from(order.completedAt()), salesDate, Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return false;
        }
        int lineNo = 0;
        for (var line : order.lines()) {
            jdbc.sql("""
                            insert into completed_order_line (order_id, line_no, product_id, quantity, unit_price)
                            values (?, ?, ?, ?, ?)""")
                    .params(order.orderId(), ++lineNo, line.productId(), line.quantity(), line.unitPrice())
                    .update();
        }
        return true;
    }

    @Override
    public Optional<CompletedOrder> findById(UUID orderId) {
        var lines = jdbc.sql("""
                        select product_id, quantity, unit_price from completed_order_line
                        where order_id = ? order by line_no""")
                .param(orderId)
                .query((rs, i) -> new SoldLine(rs.getLong("product_id"), rs.getInt("quantity"), rs.getLong("unit_price")))
                .list();
        return jdbc.sql("""
                        select order_id, user_id, subtotal, discount, paid_amount, completed_at
                        from completed_order where order_id = ?""")
                .param(orderId)
                .query((rs, i) -> new CompletedOrder(rs.getObject("order_id", UUID.class), rs.getString("user_id"),
                        lines, rs.getLong("subtotal"), rs.getLong("discount"), rs.getLong("paid_amount"),
                        rs.getTimestamp("completed_at").toInstant()))
                .optional();
    }

    @Override
    public Optional<LocalDate> markCancelled(UUID orderId) {
        return jdbc.sql("""
                        update completed_order set cancelled_at = ?
                        where order_id = ? and cancelled_at is null
                        returning sales_date""")
                .params(Timestamp.from(clock.instant()), orderId)
                .query((rs, i) -> rs.getObject("sales_date", LocalDate.class))
                .optional();
    }

    /** In ascending product id, like {@link #add}, for the same reason. */
    @Override
    public void subtract(LocalDate day, SortedMap<Long, Long> unitsByProduct) {
        unitsByProduct.forEach((productId, units) -> jdbc.sql("""
                        update product_daily_sales set units = units - ?
                        where product_id = ? and sales_date = ?""")
                .params(units, productId, day)
                .update());
    }

    /**
     * One upsert per product, in ascending product id (the map is sorted): two orders adding to the same
     * products take the row locks in the same order and cannot deadlock.
     */
    @Override
    public void add(LocalDate day, SortedMap<Long, Long> unitsByProduct) {
        unitsByProduct.forEach((productId, units) -> jdbc.sql("""
                        insert into product_daily_sales (product_id, sales_date, units) values (?, ?, ?)
                        on conflict (product_id, sales_date) do update set units = product_daily_sales.units + excluded.units""")
                .params(productId, day, units)
                .update());
    }

    /** Enforces {@link io.commerce.dataplatform.domain.ProductRanking#ORDER} in SQL, so only {@code limit} rows come back. */
    @Override
    public List<ProductSales> topSellers(SalesWindow window, int limit) {
        return jdbc.sql("""
                        select product_id, sum(units) as units_sold
                        from product_daily_sales
                        where sales_date between ? and ?
                        group by product_id
                        having sum(units) > 0
                        order by units_sold desc, product_id asc
                        limit ?""")
                .params(window.from(), window.to(), limit)
                .query((rs, i) -> new ProductSales(rs.getLong("product_id"), rs.getLong("units_sold")))
                .list();
    }
}
