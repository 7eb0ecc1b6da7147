package io.commerce.platform.messaging;

import io.commerce.contracts.event.EventCatalog;
import io.commerce.contracts.event.IntegrationEvent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a listener does with each type of event it acts on:
 * {@code EventRoutes.of(Route.of(OrderPlaced.class, this::reserve).locking("product", ...), Route.of(OrderFailed.class,
 * this::release))}. The {@link IdempotentConsumer} drops every other type on the listener's topics by its type
 * header, before parsing it.
 */
public final class EventRoutes {

    private final Map<String, Route<?>> byType;

    private EventRoutes(Map<String, Route<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** The routes of one listener, one per event type registered in the {@link EventCatalog}. */
    public static EventRoutes of(Route<?>... routes) {
        var byType = new LinkedHashMap<String, Route<?>>();
        for (var route : routes) {
            var name = EventCatalog.typeOf(route.type).name();
            if (byType.put(name, route) != null) {
                throw new IllegalArgumentException(name + " is routed twice");
            }
        }
        return new EventRoutes(byType);
    }

    /** Whether an event of this wire type is acted on. */
    boolean handles(String type) {
        return byType.containsKey(type);
    }

    /** The handling of this event, if its type is routed and the route's condition holds. */
    Optional<Handling> handlingOf(IntegrationEvent event) {
        for (var route : byType.values()) {
            if (route.type == event.getClass()) {
                return route.handling(event);
            }
        }
        return Optional.empty();
    }

    /**
     * What happens to one event. With {@code locks}, the rows the handling locks, named so that a transaction over
     * several events can take them all, in one order, before it handles the first; without, the event is handled
     * in a transaction of its own.
     */
    record Handling(Runnable action, Optional<List<String>> locks) {
    }

    /** How one type of event is handled, and under which condition. */
    public static final class Route<E extends IntegrationEvent> {

        private final Class<E> type;
        private final Consumer<? super E> handling;
        private final Predicate<? super E> when;
        private final Function<? super E, List<String>> locks;

        private Route(Class<E> type, Consumer<? super E> handling, Predicate<? super E> when,
                Function<? super E, List<String>> locks) {
            this.type = type;
            this.handling = handling;
            this.when = when;
            this.locks = locks;
        }

        public static <E extends IntegrationEvent> Route<E> of(Class<E> type, Consumer<? super E> handling) {
            return new Route<>(type, handling, event -> true, null);
        }

        /** Only the events for which {@code condition} holds are handled; the others are dropped without a trace. */
        public Route<E> when(Predicate<? super E> condition) {
            return new Route<>(type, handling, condition, locks);
        }

        /**
         * Says which rows of {@code resource} the handling of an event locks, by their ids (a product's id, a
         * member's), so that the event may share one transaction with the other events of its poll: that
         * transaction takes the locks of all of them first, in one global order, and two such transactions cannot
         * deadlock whatever order their events came in. A route that does not say is handled alone, as a handling
         * whose locks cannot be named from the event must be (a compensation that looks up what it undoes).
         */
        public Route<E> locking(String resource, Function<? super E, ? extends Collection<?>> ids) {
            return new Route<>(type, handling, when,
                    event -> ids.apply(event).stream().map(id -> resource + ':' + id).toList());
        }

        private Optional<Handling> handling(IntegrationEvent event) {
            var typed = type.cast(event);
            if (!when.test(typed)) {
                return Optional.empty();
            }
            return Optional.of(new Handling(() -> handling.accept(typed),
                    locks == null ? Optional.empty() : Optional.of(locks.apply(typed))));
        }
    }
}
