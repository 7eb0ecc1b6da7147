package io.commerce.order.application;

import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.Order;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order tables of the real database, as the application tests set them up and read them, through the real
 * persistence adapter: each test starts from empty tables (the test JVM runs one test at a time).
 */
final class OrderRows {

    private final OrderRepository orders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    OrderRows(OrderRepository orders, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        jdbc.execute("truncate order_line, orders");
    }

    OrderRows holding(Order order) {
        transactions.executeWithoutResult(status -> orders.add(order));
        return this;
    }

    Order get(UUID id) {
        // in a transaction, as the services read it: the order's lines are loaded with it
        return transactions.execute(status -> orders.find(id))
                .orElseThrow(() -> new IllegalStateException("no such order " + id));
    }

    List<Order> all() {
        return jdbc.queryForList("select id from orders", UUID.class).stream().map(this::get).toList();
    }
}
