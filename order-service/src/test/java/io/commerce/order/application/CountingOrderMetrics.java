package io.commerce.order.application;

import io.commerce.order.application.port.out.OrderMetrics;
import io.commerce.order.domain.FailureReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public class CountingOrderMetrics implements OrderMetrics {

    public final List<String> recorded = new CopyOnWriteArrayList<>();

    @Override
    public void placed() {
        recorded.add("placed");
    }

    @Override
    public void refused() {
        recorded.add("refused");
    }

    @Override
    public void completed(Duration sagaDuration) {
        recorded.add("completed " + sagaDuration.toSeconds() + "s");
    }

    @Override
    public void failed(FailureReason reason, Duration sagaDuration) {
        recorded.add("failed " + reason + " " + sagaDuration.toSeconds() + "s");
    }

    @Override
    public void cancelled() {
        recorded.add("cancelled");
    }
}
