package io.commerce.contracts.event;

import java.util.Objects;

/**
 * The wire identity of an event: its name and schema version, the topic it travels on, and the record
 * that carries it. A field may be added to a record without a new version (consumers ignore unknown
 * fields and tolerate a missing optional one); renaming or removing a field needs a new version.
 */
public record EventType<T extends IntegrationEvent>(String name, int version, String topic, Class<T> javaType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(javaType, "javaType");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }
}
