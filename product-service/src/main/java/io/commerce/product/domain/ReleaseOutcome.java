package io.commerce.product.domain;

/** What releasing an order's stock did. */
public enum ReleaseOutcome {
    /** The reserved units went back to stock. */
    RELEASED,
    /** The order had been released before; nothing changed. */
    ALREADY_RELEASED,
    /** Nothing had been reserved for the order (it was rejected, or never reached us); nothing changed. */
    NOTHING_RESERVED
}
