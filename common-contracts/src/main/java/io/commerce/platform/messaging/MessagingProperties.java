package io.commerce.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How events travel.
 *
 * @param partitions      partitions per topic (and per dead-letter topic, which mirrors it)
 * @param replicas        replication factor of the topics this service creates
 * @param retries         attempts after the first before a record is dead-lettered
 * @param initialBackoff  wait before the first retry; doubles each time
 * @param maxBackoff      longest wait between retries
 * @param relay           how the outbox is sent
 */
@ConfigurationProperties("commerce.events")
public record MessagingProperties(
        Integer partitions, Short replicas, Integer retries, Duration initialBackoff, Duration maxBackoff,
        Relay relay) {

    public MessagingProperties {
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        retries = retries == null ? 4 : retries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
        relay = relay == null ? new Relay(null, null, null, null, null, null) : relay;
    }

    /**
     * The outbox relay.
     *
     * @param batch          most events sent (and deleted) per batch
     * @param linger         how long a relay woken by a commit waits for more commits before it reads the outbox
     * @param idle           how long a caught-up relay waits before looking again if no commit wakes it
     * @param sendTimeout    how long a batch may wait for Kafka's acknowledgements before it is left to be sent again
     * @param initialBackoff wait after a failed batch; doubles each time
     * @param maxBackoff     longest wait after failed batches, e.g. while the broker is down
     */
    public record Relay(Integer batch, Duration linger, Duration idle, Duration sendTimeout, Duration initialBackoff,
            Duration maxBackoff) {

        public Relay {
            batch = batch == null ? 500 : batch;
            linger = linger == null ? Duration.ofMillis(5) : linger;
            idle = idle == null ? Duration.ofMillis(500) : idle;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        }
    }
}
