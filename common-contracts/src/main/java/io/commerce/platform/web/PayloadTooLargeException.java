package io.commerce.platform.web;

import java.io.IOException;

/** Thrown while a request body is read, once it has gone past the configured limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException() {
        super("The request body is larger than this service accepts.");
    }
}
