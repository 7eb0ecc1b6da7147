package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerce.contracts.event.IntegrationEvent;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderFailureReason;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.platform.messaging.EventRoutes.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventRoutesTest {

    private final UUID order = UUID.randomUUID();
    private final ArrayList<String> handled = new ArrayList<>();
    private final EventRoutes routes = EventRoutes.of(
            Route.of(PaymentRequested.class, (PaymentRequested request) -> handled.add("pay " + request.amount()))
                    .locking("balance", request -> List.of(request.userId())),
            Route.of(OrderFailed.class, (OrderFailed failed) -> handled.add("cancelled"))
                    .when(failed -> failed.reason() == OrderFailureReason.CANCELLED));

    @Test
    void the_wire_names_of_the_routed_types_are_handled_and_no_other() {
        assertThat(routes.handles("PaymentRequested")).isTrue();
        assertThat(routes.handles("OrderFailed")).isTrue();
        assertThat(routes.handles("OrderPlaced")).isFalse();
        assertThat(routes.handles("PaymentPromised")).isFalse();
    }

    @Test
    void an_event_runs_its_routes_handling_when_its_condition_holds() {
        routes.handlingOf(new PaymentRequested(order, "member-1", 500)).orElseThrow().action().run();
        routes.handlingOf(new OrderFailed(order, "member-1", OrderFailureReason.CANCELLED)).orElseThrow().action()
                .run();

        assertThat(routes.handlingOf(new OrderFailed(order, "member-1", OrderFailureReason.TIMEOUT))).isEmpty();
        assertThat(routes.handlingOf(new UnrecognizedEvent("PaymentPromised", order.toString()))).isEmpty();
        assertThat(handled).containsExactly("pay 500", "cancelled");
    }

    @Test
    void a_route_that_names_its_locks_names_them_by_resource_and_id_and_one_that_does_not_is_handled_alone() {
        assertThat(routes.handlingOf(new PaymentRequested(order, "member-1", 500)).orElseThrow().locks())
                .contains(List.of("balance:member-1"));
        assertThat(routes.handlingOf(new OrderFailed(order, "member-1", OrderFailureReason.CANCELLED)).orElseThrow()
                .locks()).isEmpty();
    }

    @Test
    void a_type_routed_twice_or_missing_from_the_catalog_is_refused() {
        assertThatThrownBy(() -> EventRoutes.of(Route.of(PaymentRequested.class, request -> { }),
                Route.of(PaymentRequested.class, request -> { })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PaymentRequested");
        record Stray(String key) implements IntegrationEvent {
        }
        assertThatThrownBy(() -> EventRoutes.of(Route.of(Stray.class, stray -> { })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EventCatalog");
    }
}
