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
 * @param resubmitEvery   how often the outbox looks for publications whose send failed
 * @param resubmitOlderThan only publications at least this old are resubmitted, so one still in flight is left alone
 */
@ConfigurationProperties("commerce.events")
public record MessagingProperties(
        Integer partitions, Short replicas, Integer retries, Duration initialBackoff, Duration maxBackoff,
        Duration resubmitEvery, Duration resubmitOlderThan) {

    public MessagingProperties {
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        retries = retries == null ? 4 : retries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
        resubmitEvery = resubmitEvery == null ? Duration.ofSeconds(5) : resubmitEvery;
        resubmitOlderThan = resubmitOlderThan == null ? Duration.ofSeconds(10) : resubmitOlderThan;
    }
}
