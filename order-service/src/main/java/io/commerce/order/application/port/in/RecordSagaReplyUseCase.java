package io.commerce.order.application.port.in;

import io.commerce.contracts.pricing.Discount;
import io.commerce.order.domain.Failure;
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

        /** Nothing was reserved: {@code failure} is OUT_OF_STOCK or PRODUCT_NOT_FOUND. */
        record StockRejected(UUID orderId, Failure failure) implements SagaReply {
        }

        record CouponApplied(UUID orderId, long couponId, Discount discount) implements SagaReply {
        }

        /** The coupon can't be used; {@code reason} is the coupon's own, kept as the failure's detail. */
        record CouponRejected(UUID orderId, long couponId, String reason) implements SagaReply {
        }

        record PaymentCompleted(UUID orderId, long amount) implements SagaReply {
        }

        /** Nothing was debited: {@code failure} is INSUFFICIENT_BALANCE or PAYMENT_REJECTED. */
        record PaymentRejected(UUID orderId, Failure failure) implements SagaReply {
        }
    }
}
