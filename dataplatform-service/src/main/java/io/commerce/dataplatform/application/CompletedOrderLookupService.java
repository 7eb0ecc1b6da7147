package io.commerce.dataplatform.application;

import io.commerce.dataplatform.application.port.in.CompletedOrderQuery;
import io.commerce.dataplatform.application.port.out.CompletedOrderRepository;
import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.CompletedOrderNotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CompletedOrderLookupService implements CompletedOrderQuery {

    private final CompletedOrderRepository orders;

    CompletedOrderLookupService(CompletedOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public CompletedOrder get(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> new CompletedOrderNotFoundException(orderId));
    }
}
