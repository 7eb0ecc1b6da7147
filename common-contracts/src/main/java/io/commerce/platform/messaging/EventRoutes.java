package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventCatalog;
import io.commerce.contracts.event.IntegrationEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a listener does with each type of event it acts on: {@code EventRoutes.of(OrderPlaced.class, this::reserve)
 * .and(OrderFailed.class, this::release)}. The {@link IdempotentConsumer} drops every other type on the listener's
 * topics by its type header, before parsing it.
 */
public final class EventRoutes {

    private final Map<String, Route<?>> byType;

    private EventRoutes(Map<String, Route<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static <E extends IntegrationEvent> EventRoutes of(Class<E> type, Consumer<? super E> handling) {
        return new EventRoutes(Map.of()).and(type, handling);
    }

    /** Routes the events of {@code type} for which {@code when} holds; the others are dropped without a trace. */
    public static <E extends IntegrationEvent> EventRoutes of(Class<E> type, Predicate<? super E> when,
            Consumer<? super E> handling) {
        return new EventRoutes(Map.of()).and(type, when, handling);
    }

    /** These routes and one more, for an event type registered in the {@link EventCatalog}. */
    public <E extends IntegrationEvent> EventRoutes and(Class<E> type, Consumer<? super E> handling) {
        return and(type, event -> true, handling);
    }

    /** These routes and one more, for the events of {@code type} for which {@code when} holds. */
    public <E extends IntegrationEvent> EventRoutes and(Class<E> type, Predicate<? super E> when,
            Consumer<? super E> handling) {
        var name = EventCatalog.typeOf(type).name();
        var routes = new LinkedHashMap<>(byType);
        if (routes.put(name, new Route<>(type, when, handling)) != null) {
            throw new IllegalArgumentException(name + " is routed twice");
        }
        return new EventRoutes(routes);
    }

    /** Whether an event of this wire type is acted on. */
    boolean handles(String type) {
        return byType.containsKey(type);
    }

    /** The handling of this event, if its type is routed. */
    Optional<Runnable> handlingOf(IntegrationEvent event) {
        for (var route : byType.values()) {
            if (route.type() == event.getClass()) {
                return route.handling(event);
            }
        }
        return Optional.empty();
    }

    private record Route<E extends IntegrationEvent>(Class<E> type, Predicate<? super E> when,
            Consumer<? super E> handling) {

        Optional<Runnable> handling(IntegrationEvent event) {
            var typed = type.cast(event);
            return when.test(typed) ? Optional.of(() -> handling.accept(typed)) : Optional.empty();
        }
    }
}
