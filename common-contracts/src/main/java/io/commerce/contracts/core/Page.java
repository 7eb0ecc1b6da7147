package io.commerce.contracts.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list and how many elements the whole list holds. */
public record Page<T>(List<T> content, PageRequest request, long totalElements) {

    public Page {
        content = List.copyOf(content);
        Objects.requireNonNull(request, "request");
        if (totalElements < 0) {
            throw new IllegalArgumentException("totalElements must not be negative");
        }
    }

    public int totalPages() {
        return (int) ((totalElements + request.size() - 1) / request.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), request, totalElements);
    }
}
