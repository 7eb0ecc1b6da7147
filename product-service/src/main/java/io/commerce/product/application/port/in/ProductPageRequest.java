package io.commerce.product.application.port.in;

import java.util.Objects;

/** Which page of the catalogue, in which order; ties are broken by id so pages never overlap. */
public record ProductPageRequest(int page, int size, SortField sortBy, boolean ascending) {

    public static final int MAX_SIZE = 100;

    public enum SortField { ID, NAME, PRICE }

    public ProductPageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        Objects.requireNonNull(sortBy, "sortBy");
    }
}
