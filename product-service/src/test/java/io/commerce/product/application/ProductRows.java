package io.commerce.product.application;

import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.domain.Product;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The product table of the real database, as the application tests set it up and read it. */
final class ProductRows {

    private final ProductRepository products;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ProductRows(ProductRepository products, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.products = products;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    Product add(String name, long price, long stock) {
        return save(Product.create(name, price, stock));
    }

    Product save(Product product) {
        return transactions.execute(status -> products.save(product));
    }

    long stockOf(long id) {
        return jdbc.queryForObject("select stock from product where id = ?", Long.class, id);
    }

    void remove(long id) {
        jdbc.update("delete from product where id = ?", id);
    }
}
