package io.commerce.order.application.port.in;

import io.commerce.order.domain.Order;
import java.util.UUID;

public interface CancelOrderUseCase {

    /**
     * Cancels the member's completed order within the cancellation window and announces OrderFailed(CANCELLED),
     * on which every participant undoes its part (refund, stock, coupon).
     */
    Order cancel(String memberId, UUID orderId);
}
