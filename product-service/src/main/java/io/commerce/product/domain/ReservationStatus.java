package io.commerce.product.domain;

public enum ReservationStatus {
    /** Stock is held for the order. */
    RESERVED,
    /** Nothing was held: a line could not be supplied. */
    REJECTED,
    /** Stock held for the order was given back (or the order failed before anything was held). */
    RELEASED
}
