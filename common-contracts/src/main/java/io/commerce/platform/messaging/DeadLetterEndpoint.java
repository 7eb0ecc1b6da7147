package io.commerce.platform.messaging;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/** {@code POST /actuator/deadletters/{topic}}: the operator's button to redrive a topic's dead letters (ADMIN only). */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

    private final DeadLetterRedriver redriver;

    public DeadLetterEndpoint(DeadLetterRedriver redriver) {
        this.redriver = redriver;
    }

    @WriteOperation
    public Map<String, Object> redrive(@Selector String topic) {
        return Map.of("topic", topic, "redriven", redriver.redrive(topic));
    }
}
