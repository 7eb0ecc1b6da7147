package io.commerce.platform.messaging;

import io.commerce.platform.web.ProblemResponses;
import java.util.Map;
import org.apache.kafka.common.errors.AuthorizationException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MimeType;

/**
 * {@code POST /actuator/deadletters/{topic}} on the management port: the operator's button to redrive a topic's dead
 * letters (ADMIN only). With the production ACLs only the topic's publisher may read its dead letters and write the
 * topic, so a redrive asked of another service is refused as such, not as a failure.
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

    private static final MimeType PROBLEM_JSON = MimeType.valueOf(MediaType.APPLICATION_PROBLEM_JSON_VALUE);

    private final DeadLetterRedriver redriver;

    public DeadLetterEndpoint(DeadLetterRedriver redriver) {
        this.redriver = redriver;
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> redrive(@Selector String topic) {
        try {
            return new WebEndpointResponse<>(Map.of("topic", topic, "redriven", redriver.redrive(topic)));
        } catch (RuntimeException e) {
            if (!(DeadLetterRedriver.causeOf(e) instanceof AuthorizationException refused)) {
                throw e;
            }
            var problem = ProblemResponses.problem(HttpStatus.FORBIDDEN, "REDRIVE_NOT_PERMITTED",
                    "This service may not redrive " + topic + " (" + refused.getMessage()
                            + "); ask the service that publishes it.");
            return new WebEndpointResponse<>(Map.of("type", problem.getType().toString(), "title", problem.getTitle(),
                    "status", problem.getStatus(), "detail", problem.getDetail(), "code", "REDRIVE_NOT_PERMITTED",
                    "topic", topic), HttpStatus.FORBIDDEN.value(), PROBLEM_JSON);
        }
    }
}
