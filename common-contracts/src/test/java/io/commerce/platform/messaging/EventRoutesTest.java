package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.event.IntegrationEvent;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.PaymentRequested;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventRoutesTest {

    private final UUID order = UUID.randomUUID();
    private final ArrayList<String> handled = new ArrayList<>();
    private final EventRoutes routes = EventRoutes
            .of(PaymentRequested.class, request -> handled.add("pay " + request.amount()))
            .and(OrderFailed.class, failed -> failed.reason() == OrderFailureReason.CANCELLED,
                    failed -> handled.add("cancelled"));

    @Test
    void the_wire_names_of_the_routed_types_are_handled_and_no_other() {
        assertThat(routes.handles("PaymentRequested")).isTrue();
        assertThat(routes.handles("OrderFailed")).isTrue();
        assertThat(routes.handles("OrderPlaced")).isFalse();
        assertThat(routes.handles("PaymentPromised")).isFalse();
    }

    @Test
    void an_event_runs_its_routes_handling_when_its_condition_holds() {
        routes.handlingOf(new PaymentRequested(order, "member-1", 500)).orElseThrow().run();
        routes.handlingOf(new OrderFailed(order, "member-1", OrderFailureReason.CANCELLED)).orElseThrow().run();

        assertThat(routes.handlingOf(new OrderFailed(order, "member-1", OrderFailureReason.TIMEOUT))).isEmpty();
        assertThat(routes.handlingOf(new UnrecognizedEvent("PaymentPromised", order.toString()))).isEmpty();
        assertThat(handled).containsExactly("pay 500", "cancelled");
    }

    @Test
    void a_type_routed_twice_or_missing_from_the_catalog_is_refused() {
        assertThatThrownBy(() -> routes.and(PaymentRequested.class, request -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PaymentRequested");
        record Stray(String key) implements IntegrationEvent {
        }
        assertThatThrownBy(() -> EventRoutes.of(Stray.class, stray -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EventCatalog");
    }
}
