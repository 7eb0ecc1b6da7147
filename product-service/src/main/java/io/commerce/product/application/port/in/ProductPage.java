package io.commerce.product.application.port.in;

import io.commerce.product.domain.Product;
import java.util.List;

public record ProductPage(List<Product> products, int page, int size, long totalElements) {

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }
}
