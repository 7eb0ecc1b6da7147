package io.commerce.order.application;

import io.commerce.contracts.http.PageResponse;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.contracts.http.IdempotencyKey;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Map-backed orders for application and web tests. It keeps a copy of what was saved, so a service that
 * forgets to save a change is caught.
 */
public class InMemoryOrders implements OrderRepository {

    private final Map<UUID, Order> orders = new ConcurrentHashMap<>();

    public Order get(UUID id) {
        return copy(orders.get(id));
    }

    public List<Order> all() {
        return orders.values().stream().map(InMemoryOrders::copy).toList();
    }

    public InMemoryOrders holding(Order order) {
        orders.put(order.id(), copy(order));
        return this;
    }

    @Override
    public void add(Order order) {
        if (orders.putIfAbsent(order.id(), copy(order)) != null) {
            throw new IllegalStateException("duplicate order " + order.id());
        }
    }

    @Override
    public void save(Order order) {
        if (!orders.containsKey(order.id())) {
            throw new IllegalStateException("order " + order.id() + " was never stored");
        }
        orders.put(order.id(), copy(order));
    }

    @Override
    public Optional<Order> find(UUID orderId) {
        return Optional.ofNullable(orders.get(orderId)).map(InMemoryOrders::copy);
    }

    @Override
    public Optional<Order> lock(UUID orderId) {
        return find(orderId);
    }

    @Override
    public Optional<Order> findByIdempotencyKey(String memberId, IdempotencyKey key) {
        return orders.values().stream()
                .filter(o -> o.memberId().equals(memberId) && key.value().equals(o.idempotencyKey()))
                .findFirst().map(InMemoryOrders::copy);
    }

    @Override
    public PageResponse<Order> page(String memberId, int page, int size) {
        var mine = orders.values().stream().filter(o -> o.memberId().equals(memberId))
                .sorted(Comparator.comparing(Order::placedAt).thenComparing(Order::id).reversed())
                .map(InMemoryOrders::copy).toList();
        var content = mine.stream().skip((long) page * size).limit(size).toList();
        return new PageResponse<>(content, page, size, mine.size(), (mine.size() + size - 1) / size);
    }

    @Override
    public List<Order> lockOverdue(Instant now, int limit) {
        return orders.values().stream()
                .filter(o -> o.status() == OrderStatus.PENDING && !o.deadline().isAfter(now))
                .sorted(Comparator.comparing(Order::deadline)).limit(limit).map(InMemoryOrders::copy).toList();
    }

    private static Order copy(Order o) {
        Objects.requireNonNull(o, "no such order");
        return new Order(o.id(), o.memberId(), o.lines(), o.couponId(), o.idempotencyKey(), o.placedAt(), o.deadline(),
                o.status(), o.progress(), o.subtotal(), o.discountRule(), o.discount(), o.paidAmount(), o.failure(),
                o.completedAt(), o.failedAt(), o.cancelledAt());
    }
}
