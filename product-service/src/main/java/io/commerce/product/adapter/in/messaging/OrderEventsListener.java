package io.commerce.product.adapter.in.messaging;

import static io.commerce.platform.messaging.IdempotentConsumer.NOT_OURS;

import io.commerce.contracts.event.EventEnvelope;
import io.commerce.contracts.event.Topics;
import io.commerce.contracts.event.order.OrderFailed;
import io.commerce.contracts.event.order.OrderPlaced;
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
    private final ReserveStockUseCase reserveStock;
    private final ReleaseStockUseCase releaseStock;

    OrderEventsListener(IdempotentConsumer consumer, ReserveStockUseCase reserveStock, ReleaseStockUseCase releaseStock) {
        this.consumer = consumer;
        this.reserveStock = reserveStock;
        this.releaseStock = releaseStock;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    void on(List<ConsumerRecord<String, EventEnvelope<?>>> records) {
        consumer.handleAll(records, event -> switch (event) {
            case OrderPlaced placed -> () -> reserveStock.reserve(new ReserveStockCommand(placed.orderId(),
                    placed.lines().stream().map(l -> new RequestedLine(l.productId(), l.quantity())).toList()));
            case OrderFailed failed -> () -> releaseStock.release(failed.orderId());
            default -> NOT_OURS; // other events on the topic are not ours
        });
    }
}
