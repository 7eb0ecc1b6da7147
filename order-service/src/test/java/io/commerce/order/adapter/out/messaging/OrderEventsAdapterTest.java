package io.commerce.order.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.order.domain.FailureReason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The order's failure reasons on the wire; what the adapter publishes is the integration tests' concern. */
class OrderEventsAdapterTest {

    @ParameterizedTest
    @EnumSource(FailureReason.class)
    void every_failure_reason_travels_under_its_own_name(FailureReason reason) {
        assertThat(OrderEventsAdapter.wireReason(reason).name()).isEqualTo(reason.name());
    }

    @Test
    void no_failure_travels_as_a_cancellation_or_as_a_reason_nobody_knows() {
        assertThat(Arrays.stream(FailureReason.values()).map(OrderEventsAdapter::wireReason))
                .doesNotHaveDuplicates()
                .doesNotContain(OrderFailureReason.CANCELLED, OrderFailureReason.UNRECOGNIZED);
    }
}
