package io.commerce.order.application;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.order.application.port.in.GetOrderQuery;
import io.commerce.order.application.port.in.ListOrdersQuery;
import io.commerce.order.application.port.out.OrderRepository;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderNotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrderQueryService implements GetOrderQuery, ListOrdersQuery {

    private final OrderRepository orders;

    public OrderQueryService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Order orderOf(String memberId, UUID orderId) {
        return orders.find(orderId).filter(order -> order.belongsTo(memberId))
                .orElseThrow(OrderNotFoundException::new);
    }

    @Override
    public Page<Order> ordersOf(String memberId, PageRequest request) {
        return orders.page(memberId, request);
    }
}
