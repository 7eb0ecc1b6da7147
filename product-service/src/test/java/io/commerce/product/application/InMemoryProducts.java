package io.commerce.product.application;

import io.commerce.product.application.port.in.ProductPage;
import io.commerce.product.application.port.in.ProductPageRequest;
import io.commerce.product.application.port.out.ProductRepository;
import io.commerce.product.domain.Product;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** A catalogue in a map; hands out copies, like a database would. */
class InMemoryProducts implements ProductRepository {

    private final TreeMap<Long, Product> products = new TreeMap<>();
    private final AtomicLong ids = new AtomicLong();

    Product add(String name, long price, long stock) {
        return save(Product.create(name, price, stock));
    }

    long stockOf(long id) {
        return products.get(id).stock();
    }

    void remove(long id) {
        products.remove(id);
    }

    @Override
    public Product save(Product product) {
        long id = product.id() == null ? ids.incrementAndGet() : product.id();
        products.put(id, Product.restore(id, product.name(), product.price(), product.stock()));
        return copy(products.get(id));
    }

    @Override
    public Optional<Product> findById(long productId) {
        return Optional.ofNullable(products.get(productId)).map(InMemoryProducts::copy);
    }

    @Override
    public List<Product> findAllById(Collection<Long> productIds) {
        return productIds.stream().filter(products::containsKey).map(id -> copy(products.get(id))).toList();
    }

    @Override
    public ProductPage findPage(ProductPageRequest request) {
        var all = products.values().stream().map(InMemoryProducts::copy).toList();
        var content = all.stream().skip((long) request.page() * request.size()).limit(request.size()).toList();
        return new ProductPage(content, request.page(), request.size(), all.size());
    }

    @Override
    public Optional<Product> lockById(long productId) {
        return findById(productId);
    }

    @Override
    public List<Product> lockAllInIdOrder(Collection<Long> productIds) {
        return productIds.stream().sorted().filter(products::containsKey).map(id -> copy(products.get(id))).toList();
    }

    private static Product copy(Product p) {
        return Product.restore(p.id(), p.name(), p.price(), p.stock());
    }
}
