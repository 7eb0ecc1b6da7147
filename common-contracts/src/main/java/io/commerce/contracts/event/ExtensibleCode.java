package io.commerce.contracts.event;

/**
 * A closed set of stable codes that travels in events and that a newer producer may extend. Each such enum
 * has a constant {@code UNRECOGNIZED}: a reader maps a code it does not know to it instead of refusing the
 * event, so adding a reason never breaks an older consumer.
 */
public interface ExtensibleCode {

    /** The name of the constant a reader falls back to. */
    String UNRECOGNIZED = "UNRECOGNIZED";
}
