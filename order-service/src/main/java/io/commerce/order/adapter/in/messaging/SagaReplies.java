package io.commerce.order.adapter.in.messaging;

import io.commerce.contracts.event.coupon.AppliedDiscount;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.order.domain.Discount;
import io.commerce.order.domain.OrderLine;
import java.util.List;

/** Translations from the wire records to the order's own terms. */
final class SagaReplies {

    private SagaReplies() {
    }

    static List<OrderLine> lines(List<PricedLine> priced) {
        return priced.stream().map(l -> new OrderLine(l.productId(), l.quantity(), l.unitPrice())).toList();
    }

    static Discount discount(AppliedDiscount applied) {
        return switch (applied.kind()) {
            case FIXED -> new Discount.Fixed(applied.value());
            case PERCENTAGE -> new Discount.Percentage(applied.value(), applied.cap());
        };
    }
}
