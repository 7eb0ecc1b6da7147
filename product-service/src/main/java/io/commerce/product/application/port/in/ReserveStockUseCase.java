package io.commerce.product.application.port.in;

import io.commerce.product.domain.RequestedLine;
import io.commerce.product.domain.ReservationOutcome;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The saga's stock step: hold every line of a placed order or none, and announce which. */
public interface ReserveStockUseCase {

    ReservationOutcome reserve(ReserveStockCommand command);

    record ReserveStockCommand(UUID orderId, List<RequestedLine> lines) {

        public ReserveStockCommand {
            Objects.requireNonNull(orderId, "orderId");
            if (lines == null || lines.isEmpty()) {
                throw new IllegalArgumentException("An order has at least one line");
            }
            lines = List.copyOf(lines);
        }
    }
}
