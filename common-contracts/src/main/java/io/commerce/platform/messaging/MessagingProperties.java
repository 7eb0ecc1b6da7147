package io.commerce.platform.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How events travel.
 *
 * @param partitions      partitions per topic (and per dead-letter topic, which mirrors it)
 * @param replicas        replication factor of the topics this service creates
 * @param retries         attempts after the first before a record is dead-lettered
 * @param initialBackoff  wait before the first retry; doubles each time
 * @param maxBackoff      longest wait between retries
 * @param relay           how the outbox is sent
 * @param processed       how long the record of consumed events is kept
 */
@Validated
@ConfigurationProperties("commerce.events")
public record MessagingProperties(
        Integer partitions, Short replicas, Integer retries, Duration initialBackoff, Duration maxBackoff,
        Relay relay, @Valid Processed processed) {

    public MessagingProperties {
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        retries = retries == null ? 4 : retries;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
        relay = relay == null ? new Relay(null, null, null, null, null, null) : relay;
        processed = processed == null ? new Processed(null, null, null) : processed;
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

    /**
     * The record of consumed events, {@code processed_event}, which {@link ProcessedEventRetention} prunes. A
     * consumer skips an event as a duplicate only while its row is there, so {@code retention} must be longer than
     * the latest that the same event can reach this consumer again. The default, 30 days, is longer than each of these:
     * <ul>
     * <li>a redrive: {@code POST /actuator/deadletters/{topic}} ({@link DeadLetterRedriver}) sends back every record of
     * {@code <topic>.DLT} with its original event id, to every group of that topic, including those that handled it
     * when another group dead-lettered it. A dead letter stays 14 days ({@code retention.ms} of the DLT topics in
     * {@code deploy/k8s/overlays/prod/kafka.yaml}), and Kafka deletes a record only with its log segment, once the
     * segment's newest record is older than that: up to 7 days more ({@code segment.ms}, by default a week), so a
     * redriven dead letter can be 21 days old; 30 days leave 9 more for how much later than this consumer the
     * group that dead-lettered the event read it;</li>
     * <li>a group whose offsets expired (a week without members) reading its topics again from the start: the
     * topics keep 7 days ({@code retention.ms}), up to 14 with the segment;</li>
     * <li>the retries before a dead letter (4, from 200 ms doubling to at most 2 s: 3 s), a redelivery after a
     * consumer died (offsets are committed every 100 ms, its partitions move after the 10 s session timeout) and an
     * outbox batch sent again (after a 30 s send timeout and a back-off of at most 10 s, or once a broker outage
     * ends): seconds, or the length of an outage.</li>
     * </ul>
     * A service whose topics or dead letters are kept longer must keep this longer too.
     *
     * @param retention  how long a consumed event's row is kept (positive); a delivery of the event inside it is
     *                   skipped, one after it would be handled again
     * @param pruneBatch rows deleted per transaction (positive)
     * @param pruneEvery how often each instance deletes what has aged out (positive); the first time this long
     *                   after start-up
     */
    public record Processed(@DurationMin(millis = 1) Duration retention, @Min(1) Integer pruneBatch,
            @DurationMin(millis = 1) Duration pruneEvery) {

        public Processed {
            retention = retention == null ? Duration.ofDays(30) : retention;
            pruneBatch = pruneBatch == null ? 1_000 : pruneBatch;
            pruneEvery = pruneEvery == null ? Duration.ofMinutes(10) : pruneEvery;
        }
    }
}
