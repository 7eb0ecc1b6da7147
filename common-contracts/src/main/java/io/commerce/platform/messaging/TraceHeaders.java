package io.commerce.platform.messaging;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Carries the trace of the change that published an event to the record the relay sends later, on a thread of
 * its own: the W3C headers are captured with the outbox row (one {@code name=value} per line) and set on the
 * Kafka record, so the consumer's work joins the trace of the request that caused it.
 *
 * <p>A record whose trace is not sampled is handled without a span ({@link #continueUnsampled}): what it publishes
 * carries its {@code traceparent} on unchanged, and its log lines its trace id, so the trace id still follows the
 * order from service to service at the price of a header copy instead of an observation.
 */
public class TraceHeaders {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    /** {@code 00-} + 32 hex digits of trace id + {@code -} + 16 of parent id + {@code -} + 2 of flags. */
    private static final int TRACEPARENT_LENGTH = 55;
    private static final ThreadLocal<String> CONTINUED = new ThreadLocal<>();

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
            return CONTINUED.get();
        }
        var text = new StringBuilder();
        propagator.inject(span.context(), text, (carrier, name, value) -> carrier.append(name).append('=')
                .append(value).append('\n'));
        return text.isEmpty() ? null : text.toString();
    }

    /** Whether these record headers carry a W3C trace context whose sampled flag is off. */
    static boolean unsampled(Headers headers) {
        var parent = headers.lastHeader(TRACEPARENT);
        if (parent == null || parent.value().length != TRACEPARENT_LENGTH) {
            return false;
        }
        return (Character.digit(parent.value()[TRACEPARENT_LENGTH - 1], 16) & 1) == 0;
    }

    /**
     * Until the returned scope closes, events published on this thread carry the record's trace headers, and log
     * lines its trace id. For a record that {@link #unsampled} says is not sampled.
     */
    static Scope continueUnsampled(Headers headers) {
        var parent = new String(headers.lastHeader(TRACEPARENT).value(), StandardCharsets.US_ASCII);
        var state = headers.lastHeader(TRACESTATE);
        CONTINUED.set(TRACEPARENT + '=' + parent + '\n'
                + (state == null ? "" : TRACESTATE + '=' + new String(state.value(), StandardCharsets.UTF_8) + '\n'));
        MDC.put("traceId", parent.substring(3, 35));
        MDC.put("spanId", parent.substring(36, 52));
        return () -> {
            CONTINUED.remove();
            MDC.remove("traceId");
            MDC.remove("spanId");
        };
    }

    /** The end of {@link #continueUnsampled}. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
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
