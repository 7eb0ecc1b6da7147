package io.commerce.contracts.event.product;

import io.commerce.contracts.event.ExtensibleCode;

/** Why nothing was reserved for an order. */
public enum StockRejectionReason implements ExtensibleCode {
    OUT_OF_STOCK,
    PRODUCT_NOT_FOUND,
    /** The order asks for more units than one order may hold. */
    ORDER_TOO_LARGE,
    /** A reason a newer product-service sent that this reader does not know. */
    UNRECOGNIZED
}
