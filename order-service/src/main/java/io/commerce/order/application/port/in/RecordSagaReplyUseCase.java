package io.commerce.order.application.port.in;

import io.commerce.order.domain.Discount;
import io.commerce.order.domain.OrderLine;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

public interface RecordSagaReplyUseCase {

    /**
     * Books what a participant answered for an order and announces what follows (PaymentRequested,
     * OrderCompleted, OrderFailed). A reply for a finished order, or one heard before, changes nothing.
     */
    void record(SagaReply reply);

    /** What the participants of the saga say about an order. */
    sealed interface SagaReply {

        UUID orderId();

        record StockReserved(UUID orderId, List<OrderLine> pricedLines, long subtotal) implements SagaReply {

            public StockReserved {
                Objects.requireNonNull(orderId, "orderId");
                pricedLines = List.copyOf(pricedLines);
            }
        }

        record StockRejected(UUID orderId, String reason, Long productId) implements SagaReply {
        }

        record CouponApplied(UUID orderId, long couponId, Discount discount) implements SagaReply {
        }

        record CouponRejected(UUID orderId, long couponId, String reason) implements SagaReply {
        }

        record PaymentCompleted(UUID orderId, long amount) implements SagaReply {
        }

        record PaymentRejected(UUID orderId, String reason) implements SagaReply {
        }
    }
}
