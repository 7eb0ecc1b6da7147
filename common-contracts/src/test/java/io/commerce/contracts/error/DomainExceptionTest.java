package io.commerce.contracts.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    private static final class SoldOut extends DomainException {

        SoldOut() {
            super("COUPON_SOLD_OUT", ErrorKind.CONFLICT, "Campaign 7 has no coupons left.");
        }
    }

    @Test
    void an_expected_outcome_keeps_its_code_kind_and_message_but_fills_no_stack_trace() {
        var soldOut = new SoldOut();

        assertThat(soldOut.code()).isEqualTo("COUPON_SOLD_OUT");
        assertThat(soldOut.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(soldOut).hasMessage("Campaign 7 has no coupons left.").hasNoCause();
        assertThat(soldOut.getStackTrace()).isEmpty();
    }
}
