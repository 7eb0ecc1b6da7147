package io.commerce.gateway.web;

/** A request body above {@link EdgeProperties#maxRequestBody()}; answered 413 by {@link ProblemJsonErrorHandler}. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes.");
    }
}
