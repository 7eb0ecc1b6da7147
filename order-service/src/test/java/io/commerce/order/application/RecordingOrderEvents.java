package io.commerce.order.application;

import io.commerce.order.application.port.out.OrderEvents;
import io.commerce.order.domain.FailureReason;
import io.commerce.order.domain.Order;
import io.commerce.order.domain.OrderState;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what would have been published, as short sentences. */
public class RecordingOrderEvents implements OrderEvents {

    public final List<String> published = new CopyOnWriteArrayList<>();

    public List<String> about(UUID orderId) {
        return published.stream().filter(e -> e.contains(orderId.toString())).toList();
    }

    @Override
    public void placed(Order order) {
        published.add("placed " + order.id());
    }

    @Override
    public void paymentRequested(Order order, long amount) {
        published.add("payment requested " + order.id() + " " + amount);
    }

    @Override
    public void completed(Order order) {
        published.add("completed " + order.id() + " "
                + order.state().completion().map(OrderState.Completed::paidAmount).orElseThrow());
    }

    @Override
    public void failed(Order order, FailureReason reason) {
        published.add("failed " + order.id() + " " + reason);
    }

    @Override
    public void cancelled(Order order) {
        published.add("cancelled " + order.id());
    }
}
