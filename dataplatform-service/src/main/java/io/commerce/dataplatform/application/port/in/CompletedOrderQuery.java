package io.commerce.dataplatform.application.port.in;

import io.commerce.dataplatform.domain.CompletedOrder;
import java.util.UUID;

public interface CompletedOrderQuery {

    /** @throws io.commerce.dataplatform.domain.CompletedOrderNotFoundException if it was never received */
    CompletedOrder get(UUID orderId);
}
