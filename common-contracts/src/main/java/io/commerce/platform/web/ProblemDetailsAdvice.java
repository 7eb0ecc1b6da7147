package io.commerce.platform.web;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ServiceBusyException;
import io.commerce.platform.config.DatabaseUnreachable;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The one place where failures become HTTP answers. Every answer is a problem detail with a stable
 * {@code code}; a client never sees a stack trace or a bare 500 for something it sent.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        var status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return respond(ProblemResponses.problem(status, e.code(), e.getMessage()));
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, e.code(), e.getMessage()));
    }

    /**
     * A request that waited the pool's {@code connection-timeout} for a database connection: the bound on how long
     * any request queues inside a service. Nothing was done, so it is a {@link ServiceBusyException}'s answer, not an
     * error: {@code SERVICE_BUSY} while every connection was in use, {@code SERVICE_UNAVAILABLE} when the pool could
     * not reach the database (Hikari then gives the last connection failure as the cause).
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> noConnection(RuntimeException e) {
        var timeout = cause(e, SQLTransientConnectionException.class);
        if (timeout == null) {
            return unexpected(e);
        }
        return timeout.getCause() == null
                ? busy(new ServiceBusyException("SERVICE_BUSY",
                        "Too many requests are waiting for this service; try again after the time in Retry-After.",
                        Duration.ofSeconds(1)))
                : busy(unreachable());
    }

    private static ServiceBusyException unreachable() {
        return new ServiceBusyException("SERVICE_UNAVAILABLE",
                "The service cannot reach its database; try again after the time in Retry-After.", Duration.ofSeconds(5));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        var problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request is not valid.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList());
        return respond(problem);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return respond(ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(ProblemResponses.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "You may not do this."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return respond(ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "A valid bearer token is required."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnreachable.causedIt(e)) {
            // the connection was lost under the request (PostgreSQL stopping, failing over): its transaction rolled
            // back, so nothing was done, and a retry after the database is back is the client's right move
            log.warn("The database went away under a request: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
            return busy(unreachable());
        }
        log.error("Unhandled failure", e);
        return respond(ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "Something went wrong on our side."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, PayloadTooLargeException.class)) {
            return typed(tooLarge(new PayloadTooLargeException()));
        }
        return typed(respond(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                "The request body is missing or is not valid JSON of the expected shape.")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request is not valid.");
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList());
        return typed(respond(problem));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request is not valid.");
        problem.setProperty("errors", ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()),
                                "message", String.valueOf(err.getDefaultMessage()))))
                .toList());
        return typed(respond(problem));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        var status = HttpStatus.valueOf(statusCode.value());
        var problem = ProblemResponses.problem(status, codeFor(ex, status), detailFor(ex, status));
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static String codeFor(Exception ex, HttpStatus status) {
        return switch (ex) {
            case MissingRequestHeaderException e -> "MISSING_HEADER";
            case MissingServletRequestParameterException e -> "MISSING_PARAMETER";
            case TypeMismatchException e -> "INVALID_PARAMETER";
            case ServletRequestBindingException e -> "INVALID_REQUEST";
            case NoResourceFoundException e -> "NOT_FOUND";
            case HttpRequestMethodNotSupportedException e -> "METHOD_NOT_ALLOWED";
            case HttpMediaTypeNotSupportedException e -> "UNSUPPORTED_MEDIA_TYPE";
            case HttpMediaTypeNotAcceptableException e -> "NOT_ACCEPTABLE";
            default -> status.name();
        };
    }

    private static String detailFor(Exception ex, HttpStatus status) {
        return switch (ex) {
            case MissingRequestHeaderException e -> "Header " + e.getHeaderName() + " is required.";
            case MissingServletRequestParameterException e -> "Parameter " + e.getParameterName() + " is required.";
            case TypeMismatchException e -> "Parameter " + e.getPropertyName() + " has the wrong type.";
            case NoResourceFoundException e -> "No such resource.";
            default -> status.getReasonPhrase();
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> typed(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

}
