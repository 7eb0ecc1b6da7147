package io.commerce.contracts.http;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the same shape from every service. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
    }
}
