package io.commerce.contracts.error;

/** How a domain failure reads to a caller; the web layer turns it into an HTTP status in one place. */
public enum ErrorKind {
    /** The request is well-formed but breaks a rule (400). */
    INVALID,
    /** The thing asked for does not exist for this caller (404). */
    NOT_FOUND,
    /** The request clashes with the current state (409). */
    CONFLICT,
    /** The request is understood but the state does not allow it (422). */
    UNPROCESSABLE
}
