package io.commerce.contracts.http;

import io.commerce.contracts.core.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a list, in the same shape from every service. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /** The web form of a page, each element mapped to its response record. */
    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        return new PageResponse<>(page.content().stream().<T>map(mapper).toList(), page.request().page(),
                page.request().size(), page.totalElements(), page.totalPages());
    }
}
