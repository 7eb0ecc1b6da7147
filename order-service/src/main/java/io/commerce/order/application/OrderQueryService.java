package io.commerce.order.application;

import io.commerce.contracts.http.PageResponse;
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

    private static final int MAX_PAGE_SIZE = 100;

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
    public PageResponse<Order> ordersOf(String memberId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and size in 1.." + MAX_PAGE_SIZE);
        }
        return orders.page(memberId, page, size);
    }
}
