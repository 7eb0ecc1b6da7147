package io.commerce.order.application.port.in;

import io.commerce.contracts.core.Page;
import io.commerce.contracts.core.PageRequest;
import io.commerce.order.domain.Order;

public interface ListOrdersQuery {

    /** The member's orders, newest first. */
    Page<Order> ordersOf(String memberId, PageRequest request);
}
