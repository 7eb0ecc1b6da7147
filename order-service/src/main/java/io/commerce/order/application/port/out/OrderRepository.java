package io.commerce.order.application.port.out;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.order.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface OrderRepository {

    void add(Order order);

    /** Writes the order's changed state; the order must have been loaded in this transaction. */
    void save(Order order);

    Optional<Order> find(UUID orderId);

    /**
     * The order, locked until the transaction ends: replies of different participants for one order arrive on
     * different threads at once, and are applied here one after the other.
     */
    Optional<Order> lock(UUID orderId);

    /**
     * The member's order placed with this key, if any. Until the transaction ends, other transactions asking
     * for the same member and key wait, so two concurrent requests with one key can't both place an order.
     */
    Optional<Order> findByIdempotencyKey(String memberId, IdempotencyKey key);

    /** The member's orders, newest first. */
    Page<Order> page(String memberId, PageRequest request);

    /**
     * Up to {@code limit} {@code PENDING} orders whose deadline is at or before {@code now}, locked; orders
     * locked by someone else (a reply being handled, another instance's sweep) are skipped, not waited for.
     */
    List<Order> lockOverdue(Instant now, int limit);

    /** The earliest deadline among {@code PENDING} orders: that of the oldest one, if any is pending. */
    Optional<Instant> earliestPendingDeadline();
}
