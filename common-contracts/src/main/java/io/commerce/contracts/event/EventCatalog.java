package io.commerce.contracts.event;

import io.commerce.contracts.event.balance.PaymentCompleted;
import io.commerce.contracts.event.balance.PaymentRefunded;
import io.commerce.contracts.event.balance.PaymentRejected;
import io.commerce.contracts.event.coupon.CouponApplied;
import io.commerce.contracts.event.coupon.CouponRejected;
import io.commerce.contracts.event.order.OrderCompleted;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.contracts.event.order.PaymentRequested;
import io.commerce.contracts.event.product.StockRejected;
import io.commerce.contracts.event.product.StockReserved;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event of the suite, with its wire name, version and topic. A new event is registered here. */
public final class EventCatalog {

    private static final List<EventType<?>> TYPES = List.of(
            new EventType<>("OrderPlaced", 1, Topics.ORDER_EVENTS, OrderPlaced.class),
            new EventType<>("PaymentRequested", 1, Topics.ORDER_EVENTS, PaymentRequested.class),
            new EventType<>("OrderCompleted", 1, Topics.ORDER_EVENTS, OrderCompleted.class),
            new EventType<>("OrderFailed", 1, Topics.ORDER_EVENTS, OrderFailed.class),
            new EventType<>("StockReserved", 1, Topics.PRODUCT_EVENTS, StockReserved.class),
            new EventType<>("StockRejected", 1, Topics.PRODUCT_EVENTS, StockRejected.class),
            new EventType<>("CouponApplied", 1, Topics.COUPON_EVENTS, CouponApplied.class),
            new EventType<>("CouponRejected", 1, Topics.COUPON_EVENTS, CouponRejected.class),
            new EventType<>("PaymentCompleted", 1, Topics.BALANCE_EVENTS, PaymentCompleted.class),
            new EventType<>("PaymentRejected", 1, Topics.BALANCE_EVENTS, PaymentRejected.class),
            new EventType<>("PaymentRefunded", 1, Topics.BALANCE_EVENTS, PaymentRefunded.class));

    private static final Map<String, EventType<?>> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return TYPES;
    }

    public static Optional<EventType<?>> findByName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EventType<?> byName(String name) {
        return findByName(name).orElseThrow(() -> new IllegalArgumentException("unknown event type " + name));
    }

    @SuppressWarnings("unchecked")
    public static <T extends IntegrationEvent> EventType<T> typeOf(T event) {
        return typeOf((Class<T>) event.getClass());
    }

    @SuppressWarnings("unchecked")
    public static <T extends IntegrationEvent> EventType<T> typeOf(Class<T> javaType) {
        var type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not registered in the EventCatalog");
        }
        return (EventType<T>) type;
    }

    public static List<String> topics() {
        return TYPES.stream().map(EventType::topic).distinct().toList();
    }
}
