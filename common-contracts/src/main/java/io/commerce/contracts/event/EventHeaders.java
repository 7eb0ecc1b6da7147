package io.commerce.contracts.event;

/** Kafka record headers every event carries beside its envelope. */
public final class EventHeaders {

    /**
     * The envelope's {@code type}, in UTF-8: a consumer reads it to drop the events it does not act on without
     * parsing them. The envelope stays the authority; a record without the header is decoded and routed by its
     * payload.
     */
    public static final String TYPE = "commerce-event-type";

    private EventHeaders() {
    }
}
