package io.commerce.gateway.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * An RFC 9457 problem as the whole suite writes it: the services' {@code ProblemDetail}s have the same
 * fields, so a client handles a gateway refusal and a service refusal alike.
 *
 * @param code      stable, machine-readable; {@code type} is derived from it
 * @param requestId the {@code X-Request-Id} to quote when reporting the problem
 */
public record Problem(URI type, String title, int status, String detail, String instance, String code,
        String requestId) {

    static Problem of(HttpStatusCode status, String code, String detail, String instance, String requestId) {
        var type = URI.create("https://commerce.example/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        var resolved = HttpStatus.resolve(status.value());
        var title = resolved != null ? resolved.getReasonPhrase() : "Error";
        return new Problem(type, title, status.value(), detail, instance, code, requestId);
    }
}
