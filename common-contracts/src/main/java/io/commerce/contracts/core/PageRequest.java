package io.commerce.contracts.core;

/** Which page of a list a caller asks for: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page in 0.." + MAX_PAGE + " and size in 1.." + MAX_SIZE);
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    /** The number of elements before this page, for an SQL {@code OFFSET}. */
    public long offset() {
        return (long) page * size;
    }
}
