package io.commerce.product.adapter.out.persistence;

import io.commerce.contracts.core.Page;
import io.commerce.product.application.port.in.ProductPageRequest;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.domain.Product;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The catalogue in PostgreSQL. The row locks the stock rules need ({@code select … for update}, in id order across an
 * order's products so two reservations cannot deadlock) and the write of what {@link Product} decided are plain
 * SQL, one statement each: through JPA a reservation also paid for a second read of every row at save and a dirty
 * check at flush. Listing and creating products stay on Spring Data.
 */
@Component
class ProductPersistenceAdapter implements ProductRepository {

    private static final RowMapper<Product> PRODUCT = (rs, n) -> Product.restore(rs.getLong("id"),
            rs.getString("name"), rs.getLong("price"), rs.getLong("stock"));

    private final ProductJpaRepository jpa;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProductPersistenceAdapter(ProductJpaRepository jpa, JdbcTemplate jdbc, Clock clock) {
        this.jpa = jpa;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Product save(Product product) {
        if (product.id() == null) {
            var saved = jpa.save(new ProductJpaEntity(product.name(), product.price(), product.stock(), clock.instant()));
            return toDomain(saved);
        }
        int updated = jdbc.update("update product set name = ?, price = ?, stock = ?, updated_at = ? where id = ?",
                product.name(), product.price(), product.stock(), Timestamp.from(clock.instant()), product.id());
        if (updated != 1) {
            throw new IllegalStateException("Product " + product.id() + " vanished while in use");
        }
        return product;
    }

    @Override
    public Optional<Product> findById(long productId) {
        return jpa.findById(productId).map(ProductPersistenceAdapter::toDomain);
    }

    @Override
    public List<Product> findAllById(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jpa.findAllById(productIds).stream().map(ProductPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Page<Product> findPage(ProductPageRequest request) {
        var property = switch (request.sortBy()) {
            case ID -> "id";
            case NAME -> "name";
            case PRICE -> "price";
        };
        var direction = request.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        var sort = Sort.by(direction, property);
        if (!"id".equals(property)) {
            sort = sort.and(Sort.by(Sort.Direction.ASC, "id"));
        }
        var found = jpa.findAll(PageRequest.of(request.page().page(), request.page().size(), sort));
        return new Page<>(found.map(ProductPersistenceAdapter::toDomain).getContent(), request.page(),
                found.getTotalElements());
    }

    @Override
    public Optional<Product> lockById(long productId) {
        return jdbc.query("select id, name, price, stock from product where id = ? for update", PRODUCT, productId)
                .stream().findFirst();
    }

    @Override
    public List<Product> lockAllInIdOrder(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        // PostgreSQL locks the rows as the sorted result is produced: every transaction takes its product locks in
        // ascending id order, and none waits in a cycle
        return jdbc.query(connection -> {
            var lock = connection.prepareStatement(
                    "select id, name, price, stock from product where id = any(?) order by id for update");
            lock.setArray(1, connection.createArrayOf("bigint", productIds.toArray()));
            return lock;
        }, PRODUCT);
    }

    private static Product toDomain(ProductJpaEntity entity) {
        return Product.restore(entity.getId(), entity.getName(), entity.getPrice(), entity.getStock());
    }
}
