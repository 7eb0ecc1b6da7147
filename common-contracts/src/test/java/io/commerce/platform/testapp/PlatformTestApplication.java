package io.commerce.platform.testapp;

import io.commerce.contracts.event.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

/**
 * A service with nothing of its own but a tally per member, so that common-contracts tests its auto-configuration
 * the way a service uses it: one table, one listener, one publisher, one controller (and one controller that
 * only fails), on the local stack's real PostgreSQL and broker.
 */
@SpringBootApplication
public class PlatformTestApplication {

    /**
     * A topic of the test application's own, beside the order topic: what a redrive test redrives is only its own
     * dead letters, never the records other tests left in {@code commerce.order.events.DLT}.
     */
    public static final String PAYMENT_REQUESTS = "platform-test.payment-requests";

    /** The tests' own producer and reader of the broker the application uses, closed with the context. */
    @Bean
    Broker broker() {
        return Broker.shared();
    }

    @Bean
    NewTopic paymentRequests() {
        return TopicBuilder.name(PAYMENT_REQUESTS).partitions(3).build();
    }

    @Bean
    NewTopic paymentRequestsDeadLetters() {
        return TopicBuilder.name(Topics.deadLetterOf(PAYMENT_REQUESTS)).partitions(3).build();
    }
}
