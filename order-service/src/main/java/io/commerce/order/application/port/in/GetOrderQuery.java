package io.commerce.order.application.port.in;

import io.commerce.order.domain.Order;
import java.util.UUID;

public interface GetOrderQuery {

    /** The member's order; another member's order is not found, exactly like a missing one. */
    Order orderOf(String memberId, UUID orderId);
}
