package io.commerce.product.application.port.in;

import io.commerce.product.domain.ReleaseOutcome;
import java.util.UUID;

/** Compensation: the order failed, so whatever it holds goes back to stock, once. */
public interface ReleaseStockUseCase {

    ReleaseOutcome release(UUID orderId);
}
