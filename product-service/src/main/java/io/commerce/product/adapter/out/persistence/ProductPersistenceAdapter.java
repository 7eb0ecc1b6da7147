package io.commerce.product.adapter.out.persistence;

import io.commerce.contracts.core.Page;
import io.commerce.product.application.port.in.ProductPageRequest;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.domain.Product;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class ProductPersistenceAdapter implements ProductRepository {

    private final ProductJpaRepository jpa;
    private final Clock clock;

    ProductPersistenceAdapter(ProductJpaRepository jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public Product save(Product product) {
        if (product.id() == null) {
            var saved = jpa.save(new ProductJpaEntity(product.name(), product.price(), product.stock(), clock.instant()));
            return toDomain(saved);
        }
        // The product was loaded in this transaction, so this is the managed entity: no extra select.
        var entity = jpa.findById(product.id())
                .orElseThrow(() -> new IllegalStateException("Product " + product.id() + " vanished while in use"));
        entity.update(product.name(), product.price(), product.stock(), clock.instant());
        return toDomain(entity);
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
        return jpa.lockById(productId).map(ProductPersistenceAdapter::toDomain);
    }

    @Override
    public List<Product> lockAllInIdOrder(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jpa.lockAllByIdInOrder(productIds).stream().map(ProductPersistenceAdapter::toDomain).toList();
    }

    private static Product toDomain(ProductJpaEntity entity) {
        return Product.restore(entity.getId(), entity.getName(), entity.getPrice(), entity.getStock());
    }
}
