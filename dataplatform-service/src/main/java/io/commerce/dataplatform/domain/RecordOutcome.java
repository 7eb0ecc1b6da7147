package io.commerce.dataplatform.domain;

public enum RecordOutcome {
    /** The order's sales were counted. */
    RECORDED,
    /** The order had been counted before (a redelivered or duplicated event); nothing changed. */
    ALREADY_RECORDED
}
