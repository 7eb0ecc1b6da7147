package io.commerce.platform.messaging;

import io.commerce.contracts.event.IntegrationEvent;

/**
 * An event of a type this build does not know yet (a newer publisher). Consumers skip it rather than
 * dead-lettering it, so a publisher can add an event type before its consumers are upgraded.
 */
public record UnrecognizedEvent(String type, String key) implements IntegrationEvent {
}
