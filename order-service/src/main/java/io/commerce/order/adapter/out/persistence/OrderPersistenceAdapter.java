package io.commerce.order.adapter.out.persistence;

import io.commerce.contracts.core.IdempotencyKey;
import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Orders in PostgreSQL. The order row lock ({@code select … for update}) serializes the replies of one order's
 * saga; the sweeper's {@code for update skip locked} lets several instances sweep without waiting on each other
 * or on a reply in progress; a transaction-scoped advisory lock on (member, Idempotency-Key) serializes
 * requests that share a key, and the partial unique index backs it.
 */
@Component
class OrderPersistenceAdapter implements OrderRepository {

    private final OrderJpaRepository orders;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    OrderPersistenceAdapter(OrderJpaRepository orders, EntityManager entityManager, JdbcTemplate jdbc) {
        this.orders = orders;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public void add(Order order) {
        entityManager.persist(OrderJpaEntity.from(order));
    }

    @Override
    public void save(Order order) {
        // loaded (and locked) earlier in this transaction, so this is the managed entity, not a new query
        var entity = orders.findById(order.id())
                .orElseThrow(() -> new IllegalStateException("order " + order.id() + " was never stored"));
        boolean wasPending = entity.isPending();
        entity.update(order);
        if (wasPending && order.status() != OrderStatus.PENDING) {
            // delivered when this transaction commits, to every instance (see PostgresOrderSettlements)
            jdbc.query("select pg_notify(?, ?)", row -> { }, PostgresOrderSettlements.CHANNEL, order.id().toString());
        }
    }

    @Override
    public Optional<Order> find(UUID orderId) {
        return orders.findById(orderId).map(OrderJpaEntity::toDomain);
    }

    @Override
    public Optional<Order> lock(UUID orderId) {
        return orders.findForUpdate(orderId).map(OrderJpaEntity::toDomain);
    }

    @Override
    public Optional<Order> findByIdempotencyKey(String memberId, IdempotencyKey key) {
        // without this lock two first requests with one key would both find nothing; the second would then fail
        // on the unique index with a 500 instead of getting the first order
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> { },
                "order-idempotency:" + memberId + ":" + key.value());
        return orders.findByMemberIdAndIdempotencyKey(memberId, key.value()).map(OrderJpaEntity::toDomain);
    }

    @Override
    public Page<Order> page(String memberId, PageRequest request) {
        var result = orders.findByMemberIdOrderByPlacedAtDescIdDesc(memberId,
                org.springframework.data.domain.PageRequest.of(request.page(), request.size()));
        return new Page<>(result.getContent().stream().map(OrderJpaEntity::toDomain).toList(), request,
                result.getTotalElements());
    }

    @Override
    public List<Order> lockOverdue(Instant now, int limit) {
        return orders.lockOverdue(now, limit).stream().map(OrderJpaEntity::toDomain).toList();
    }
}
