package io.commerce.contracts.event.balance;

import io.commerce.contracts.event.ExtensibleCode;

/** Why nothing was debited for an order. */
public enum PaymentRejectionReason implements ExtensibleCode {
    INSUFFICIENT_BALANCE,
    /** A reason a newer balance-service sent that this reader does not know. */
    UNRECOGNIZED
}
