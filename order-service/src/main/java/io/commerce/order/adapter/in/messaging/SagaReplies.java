package io.commerce.order.adapter.in.messaging;

import io.commerce.contracts.event.IntegrationEvent;
import io.commerce.contracts.event.balance.PaymentRejectionReason;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.OrderLine;
import io.commerce.platform.messaging.EventRoutes.Route;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Translations from the wire records to the order's own terms. The participants' reasons are switched on
 * exhaustively, so a reason added to the contract does not compile here until it is given a meaning.
 */
final class SagaReplies {

    private SagaReplies() {
    }

    /**
     * A reply's route: its handling locks the row of the order it answers, so replies to different orders share
     * a poll's transaction, and the three reply listeners, which lock the same orders, cannot deadlock.
     */
    static <E extends IntegrationEvent> Route<E> route(Class<E> type, Function<? super E, UUID> orderId,
            Consumer<? super E> handling) {
        return Route.of(type, handling).locking("order", reply -> List.of(orderId.apply(reply)));
    }

    static List<OrderLine> lines(List<PricedLine> priced) {
        return priced.stream().map(l -> new OrderLine(l.productId(), l.quantity(), l.unitPrice())).toList();
    }

    static Failure failure(StockRejectionReason reason, Long productId) {
        return switch (reason) {
            case OUT_OF_STOCK -> Failure.outOfStock(productId);
            case PRODUCT_NOT_FOUND -> Failure.productNotFound(productId);
            // more than one order may hold, or a reason of a newer product-service: either way the stock isn't
            // there for this order, and the detail says which it was
            case ORDER_TOO_LARGE, UNRECOGNIZED -> Failure.outOfStock(reason.name(), productId);
        };
    }

    static Failure failure(PaymentRejectionReason reason) {
        return switch (reason) {
            case INSUFFICIENT_BALANCE -> Failure.insufficientBalance();
            case UNRECOGNIZED -> Failure.paymentRejected(reason.name());
        };
    }
}
