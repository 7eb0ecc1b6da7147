package io.commerce.dataplatform.application;

import io.commerce.dataplatform.application.port.in.RecordCancelledOrderUseCase;
import io.commerce.dataplatform.application.port.out.CompletedOrderRepository;
import io.commerce.dataplatform.application.port.out.DailySalesRepository;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member may cancel a completed order; the ranking is of what sold, so the units come off again. Marking
 * the order cancelled is a conditional update, which makes a second cancellation a no-op.
 */
@Service
class RecordCancelledOrderService implements RecordCancelledOrderUseCase {

    private final CompletedOrderRepository orders;
    private final DailySalesRepository dailySales;

    RecordCancelledOrderService(CompletedOrderRepository orders, DailySalesRepository dailySales) {
        this.orders = orders;
        this.dailySales = dailySales;
    }

    @Override
    @Transactional
    public boolean cancel(UUID orderId) {
        var salesDate = orders.markCancelled(orderId);
        if (salesDate.isEmpty()) {
            return false;
        }
        var order = orders.findById(orderId).orElseThrow();
        dailySales.subtract(salesDate.get(), order.unitsByProduct());
        return true;
    }
}
