package io.commerce.dataplatform.adapter.in.web;

import io.commerce.dataplatform.application.port.in.CompletedOrderQuery;
import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.SoldLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators look up what the platform received for an order. ADMIN only (shared security chain). */
@RestController
@RequestMapping("/api/v1/admin/completed-orders")
class CompletedOrderController {

    private final CompletedOrderQuery orders;

    CompletedOrderController(CompletedOrderQuery orders) {
        this.orders = orders;
    }

    @GetMapping("/{orderId}")
    CompletedOrderResponse get(@PathVariable UUID orderId) {
        return CompletedOrderResponse.of(orders.get(orderId));
    }

    record CompletedOrderResponse(UUID orderId, String userId, List<SoldLine> lines, long subtotal, long discount,
            long paidAmount, Instant completedAt) {

        static CompletedOrderResponse of(CompletedOrder order) {
            return new CompletedOrderResponse(order.orderId(), order.userId(), order.lines(), order.subtotal(),
                    order.discount(), order.paidAmount(), order.completedAt());
        }
    }
}
