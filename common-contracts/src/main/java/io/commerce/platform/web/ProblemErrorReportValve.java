package io.commerce.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * What Tomcat answers for a request it refuses before any servlet sees it (a URI it cannot decode or map, an encoded
 * {@code /} or {@code \}, a request line or headers over the limits): a problem with a {@code code}, like every other
 * answer of the suite, instead of Tomcat's HTML page. Spring's error handling never runs for these.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var resolved = HttpStatus.resolve(status);
        var problemStatus = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
        try {
            response.setSuspended(false);
            response.resetBuffer();
            ProblemResponses.write(response.getResponse(), problemStatus, codeFor(problemStatus),
                    problemStatus.is5xxServerError() ? "Something went wrong on our side."
                            : "The request is malformed or not allowed.");
        } catch (IOException | IllegalStateException e) {
            throw new UncheckedIOException(new IOException("Could not write the problem for " + status, e));
        }
    }

    static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "REQUEST_REJECTED";
            case NOT_FOUND -> "NOT_FOUND";
            case CONTENT_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case URI_TOO_LONG -> "URI_TOO_LONG";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "HEADERS_TOO_LARGE";
            default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "REQUEST_REJECTED";
        };
    }
}
