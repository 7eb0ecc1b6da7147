package io.commerce.product.application.port.in;

import io.commerce.contracts.core.PageRequest;
import java.util.Objects;

/** Which page of the catalogue, in which order; ties are broken by id so pages never overlap. */
public record ProductPageRequest(PageRequest page, SortField sortBy, boolean ascending) {

    public enum SortField { ID, NAME, PRICE }

    public ProductPageRequest {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(sortBy, "sortBy");
    }
}
