package io.commerce.dataplatform.application.port.in;

import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.RecordOutcome;

/** Keeps a completed order and counts its units in the daily sales, once per order. */
public interface RecordCompletedOrderUseCase {

    RecordOutcome record(CompletedOrder order);
}
