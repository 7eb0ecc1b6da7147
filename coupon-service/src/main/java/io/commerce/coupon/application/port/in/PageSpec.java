package io.commerce.coupon.application.port.in;

/** Which page of a list: {@code page} from 0, {@code size} 1..100. */
public record PageSpec(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageSpec {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page >= 0 and size in 1.." + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
