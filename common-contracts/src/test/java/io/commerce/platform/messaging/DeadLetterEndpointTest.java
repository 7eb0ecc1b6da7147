package io.commerce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/**
 * Under the production ACLs a service may read only its own topics' dead letters and write only its own topics; a
 * redrive asked of another service is an operator's mistake to point out, not a failure.
 */
class DeadLetterEndpointTest {

    @Test
    void a_redrive_the_acls_forbid_is_a_403_problem_that_names_the_topic() {
        var endpoint = new DeadLetterEndpoint(redriverFailingWith(new IllegalStateException("Could not redrive",
                new TopicAuthorizationException("Not authorized to access topics: [commerce.order.events]"))));

        var answer = endpoint.redrive("commerce.order.events");

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(answer.getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(answer.getBody()).containsEntry("code", "REDRIVE_NOT_PERMITTED")
                .containsEntry("topic", "commerce.order.events")
                .containsEntry("status", 403);
    }

    @Test
    void any_other_failure_stays_a_failure() {
        var endpoint = new DeadLetterEndpoint(redriverFailingWith(new TimeoutException("no broker")));

        assertThatThrownBy(() -> endpoint.redrive("commerce.order.events")).isInstanceOf(TimeoutException.class);
    }

    private static DeadLetterRedriver redriverFailingWith(RuntimeException failure) {
        return new DeadLetterRedriver(null, null, "test.redrive") {
            @Override
            public int redrive(String topic) {
                throw failure;
            }
        };
    }
}
