package io.commerce.product.application.port.out;

import io.commerce.contracts.core.Page;
import io.commerce.product.application.port.in.ProductPageRequest;
import io.commerce.product.domain.Product;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProductRepository {

    /** Stores a new product (giving it an id) or the changed state of a loaded one. */
    Product save(Product product);

    Optional<Product> findById(long productId);

    List<Product> findAllById(Collection<Long> productIds);

    Page<Product> findPage(ProductPageRequest request);

    /** Loads the product and locks it until the transaction ends. */
    Optional<Product> lockById(long productId);

    /**
     * Loads the products that exist among {@code productIds} and locks them, always in ascending id order:
     * two transactions that want the same products queue instead of deadlocking.
     */
    List<Product> lockAllInIdOrder(Collection<Long> productIds);
}
