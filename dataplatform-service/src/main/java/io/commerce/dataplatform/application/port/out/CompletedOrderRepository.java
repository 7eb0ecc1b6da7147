package io.commerce.dataplatform.application.port.out;

import io.commerce.dataplatform.domain.CompletedOrder;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

public interface CompletedOrderRepository {

    /**
     * Stores the order unless one with its id is stored already; answers whether it stored it. The order id is
     * unique, so of two concurrent attempts exactly one stores.
     */
    boolean addIfAbsent(CompletedOrder order, LocalDate salesDate);

    Optional<CompletedOrder> findById(UUID orderId);

    /** Marks a stored, not yet cancelled order cancelled; answers the day it was counted on, or empty if nothing changed. */
    Optional<LocalDate> markCancelled(UUID orderId);
}
