package io.commerce.contracts.event;

/**
 * A fact one service publishes for others. Records implementing this stay plain Java: no framework
 * annotations, so any consumer (or a service in another language) can read them from their JSON.
 */
public interface IntegrationEvent {

    /** The Kafka record key: every event of one aggregate shares it, so they stay in order. */
    String key();
}
