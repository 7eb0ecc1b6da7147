package io.commerce.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the suite's problem details (RFC 9457) with a stable {@code code}, and writes them where no
 * controller advice can help: servlet filters and the security entry points.
 */
public final class ProblemResponses {

    public static final String CODE = "code";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://commerce.example/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setProperty(CODE, code);
        return problem;
    }

    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), asJson(problem(status, code, detail)));
    }

    /** The RFC 9457 members plus our own, flat, as Spring MVC renders a {@link ProblemDetail}. */
    private static Map<String, Object> asJson(ProblemDetail problem) {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", problem.getType().toString());
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            json.putAll(problem.getProperties());
        }
        return json;
    }
}
