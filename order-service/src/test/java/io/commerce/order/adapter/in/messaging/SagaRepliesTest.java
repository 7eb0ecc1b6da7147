package io.commerce.order.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.balance.PaymentRejectionReason;
import io.commerce.contracts.event.product.PricedLine;
import io.commerce.contracts.event.product.StockRejectionReason;
import io.commerce.order.domain.Failure;
import io.commerce.order.domain.FailureReason;
import io.commerce.order.domain.OrderLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What each participant's reason means to the order. */
class SagaRepliesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "OUT_OF_STOCK,      OUT_OF_STOCK,      productId=7",
            "PRODUCT_NOT_FOUND, PRODUCT_NOT_FOUND, productId=7",
            // more units than one order may hold: the stock isn't there for this order, as today
            "ORDER_TOO_LARGE,   OUT_OF_STOCK,      ORDER_TOO_LARGE productId=7",
            // a newer product-service's reason: counted as out of stock, and the detail says it was not understood
            "UNRECOGNIZED,      OUT_OF_STOCK,      UNRECOGNIZED productId=7"})
    void every_stock_reason_fails_the_order_with_a_reason_of_its_own(StockRejectionReason stock, FailureReason reason,
            String detail) {
        assertThat(SagaReplies.failure(stock, 7L)).isEqualTo(new Failure(reason, detail));
    }

    @ParameterizedTest
    @EnumSource(StockRejectionReason.class)
    void without_a_product_the_detail_names_no_product(StockRejectionReason stock) {
        var detail = SagaReplies.failure(stock, null).detail();

        assertThat(detail == null || detail.equals(stock.name())).as("detail %s", detail).isTrue();
    }

    @Test
    void a_known_stock_reason_without_a_product_has_no_detail() {
        assertThat(SagaReplies.failure(StockRejectionReason.OUT_OF_STOCK, null))
                .isEqualTo(new Failure(FailureReason.OUT_OF_STOCK, null));
    }

    @Test
    void a_low_balance_is_its_own_reason_and_any_other_is_a_payment_rejection_that_names_it() {
        assertThat(SagaReplies.failure(PaymentRejectionReason.INSUFFICIENT_BALANCE))
                .isEqualTo(new Failure(FailureReason.INSUFFICIENT_BALANCE, null));
        assertThat(SagaReplies.failure(PaymentRejectionReason.UNRECOGNIZED))
                .isEqualTo(new Failure(FailureReason.PAYMENT_REJECTED, "UNRECOGNIZED"));
    }

    @Test
    void reserved_lines_keep_their_prices() {
        assertThat(SagaReplies.lines(List.of(new PricedLine(1, 2, 1_000), new PricedLine(2, 1, 3_000))))
                .containsExactly(new OrderLine(1, 2, 1_000L), new OrderLine(2, 1, 3_000L));
    }
}
