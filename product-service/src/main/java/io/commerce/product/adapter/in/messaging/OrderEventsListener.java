package io.commerce.product.adapter.in.messaging;

import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderLine;
import io.commerce.contracts.event.order.OrderPlaced;
import io.commerce.platform.messaging.EventRoutes;
import io.commerce.platform.messaging.EventRoutes.Route;
import io.commerce.platform.messaging.IdempotentConsumer;
import io.commerce.product.application.port.in.ReleaseStockUseCase;
import io.commerce.product.application.port.in.ReserveStockUseCase;
import io.commerce.product.application.port.in.ReserveStockUseCase.ReserveStockCommand;
import io.commerce.product.domain.RequestedLine;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The order saga as product-service takes part in it: reserve on OrderPlaced, give back on OrderFailed. */
@Component
class OrderEventsListener {

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    OrderEventsListener(IdempotentConsumer consumer, ReserveStockUseCase reserveStock, ReleaseStockUseCase releaseStock) {
        this.consumer = consumer;
        // other events on the topic are not ours; a release looks up what it gives back, so it goes alone
        this.routes = EventRoutes.of(
                Route.of(OrderPlaced.class, (OrderPlaced placed) -> reserveStock.reserve(new ReserveStockCommand(
                                placed.orderId(), placed.lines().stream()
                                        .map(l -> new RequestedLine(l.productId(), l.quantity())).toList())))
                        .locking("product", placed -> placed.lines().stream().map(OrderLine::productId).toList()),
                Route.of(OrderFailed.class, failed -> releaseStock.release(failed.orderId())));
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.handleAll(records, routes);
    }
}
