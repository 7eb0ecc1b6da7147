package io.commerce.dataplatform.application;

import io.commerce.dataplatform.application.port.in.RecordCompletedOrderUseCase;
import io.commerce.dataplatform.application.port.out.CompletedOrderRepository;
import io.commerce.dataplatform.application.port.out.DailySalesRepository;
import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.RecordOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order row and the sales it adds commit together, and the order row is unique: an order that arrives
 * twice (even under two event ids) is counted once.
 */
@Service
class RecordCompletedOrderService implements RecordCompletedOrderUseCase {

    private final CompletedOrderRepository orders;
    private final DailySalesRepository dailySales;
    private final RankingProperties properties;

    RecordCompletedOrderService(CompletedOrderRepository orders, DailySalesRepository dailySales,
            RankingProperties properties) {
        this.orders = orders;
        this.dailySales = dailySales;
        this.properties = properties;
    }

    @Override
    @Transactional
    public RecordOutcome record(CompletedOrder order) {
        var day = order.salesDate(properties.zone());
        if (!orders.addIfAbsent(order, day)) {
            return RecordOutcome.ALREADY_RECORDED;
        }
        dailySales.add(day, order.unitsByProduct());
        return RecordOutcome.RECORDED;
    }
}
