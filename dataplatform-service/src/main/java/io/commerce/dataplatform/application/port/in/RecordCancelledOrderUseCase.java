package io.commerce.dataplatform.application.port.in;

import java.util.UUID;

/** Takes a cancelled order's units off the sales it was counted in, once; an order never counted changes nothing. */
public interface RecordCancelledOrderUseCase {

    boolean cancel(UUID orderId);
}
