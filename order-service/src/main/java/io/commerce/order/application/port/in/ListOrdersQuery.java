package io.commerce.order.application.port.in;

import io.commerce.contracts.http.PageResponse;
import io.commerce.order.domain.Order;

public interface ListOrdersQuery {

    /** The member's orders, newest first; {@code size} 1..100. */
    PageResponse<Order> ordersOf(String memberId, int page, int size);
}
