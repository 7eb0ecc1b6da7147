package io.commerce.platform.messaging;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Carries the trace of the change that published an event to the record the relay sends later, on a thread of
 * its own: the W3C headers are captured with the outbox row (one {@code name=value} per line) and set on the
 * Kafka record, so the consumer's work joins the trace of the request that caused it.
 */
public class TraceHeaders {

    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;

    public TraceHeaders(@Nullable Tracer tracer, @Nullable Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace context as stored with an outbox row, or null outside any trace. */
    @Nullable String current() {
        if (tracer == null || propagator == null) {
            return null;
        }
        var span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        var text = new StringBuilder();
        propagator.inject(span.context(), text, (carrier, name, value) -> carrier.append(name).append('=')
                .append(value).append('\n'));
        return text.isEmpty() ? null : text.toString();
    }

    static void addTo(Headers headers, @Nullable String stored) {
        if (stored == null) {
            return;
        }
        for (var line : stored.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                headers.add(line.substring(0, equals), line.substring(equals + 1).getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
