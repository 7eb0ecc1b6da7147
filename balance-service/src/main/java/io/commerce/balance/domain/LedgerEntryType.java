package io.commerce.balance.domain;

/** Why a balance changed. Charges and refunds add, payments subtract. */
public enum LedgerEntryType {
    CHARGE, PAYMENT, REFUND;

    public long signed(long amount) {
        return this == PAYMENT ? -amount : amount;
    }
}
