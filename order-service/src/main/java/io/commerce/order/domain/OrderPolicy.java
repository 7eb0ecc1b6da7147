package io.commerce.order.domain;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The configurable rules of ordering: how many lines and how many of one product an order may ask for, how
 * long its saga may take, and how long after completion a member may cancel it.
 */
public record OrderPolicy(int maxLines, int maxQuantity, Duration sagaDeadline, Duration cancellationWindow) {

    public OrderPolicy {
        if (maxLines < 1 || maxQuantity < 1) {
            throw new IllegalArgumentException("maxLines and maxQuantity are at least 1");
        }
        Objects.requireNonNull(sagaDeadline, "sagaDeadline");
        Objects.requireNonNull(cancellationWindow, "cancellationWindow");
        if (sagaDeadline.isNegative() || sagaDeadline.isZero() || cancellationWindow.isNegative()) {
            throw new IllegalArgumentException("the saga deadline is positive and the cancellation window not negative");
        }
    }

    /**
     * 1 to {@code maxLines} lines, each at most {@code maxQuantity}, each product once: a second line for the same
     * product is refused rather than merged, because it is almost always a client bug and merging would hide it.
     */
    public void check(List<OrderLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidOrderException("NO_LINES", "An order has at least one line.");
        }
        if (lines.size() > maxLines) {
            throw new InvalidOrderException("TOO_MANY_LINES", "An order has at most " + maxLines + " lines.");
        }
        var products = new HashSet<Long>();
        for (var line : lines) {
            if (line.quantity() > maxQuantity) {
                throw new InvalidOrderException("QUANTITY_TOO_LARGE",
                        "An order asks for at most " + maxQuantity + " of one product.");
            }
            if (!products.add(line.productId())) {
                throw new InvalidOrderException("DUPLICATE_PRODUCT",
                        "Product " + line.productId() + " appears in more than one line; put it in one line.");
            }
        }
    }
}
