package io.commerce.localstack;

/** A Kafka the local stack runs: one in-process broker ({@link EmbeddedKafkaServer}) or a cluster ({@link KafkaCluster}). */
public interface LocalKafka extends AutoCloseable {

    String bootstrapServers();

    /** How many copies of a topic the brokers can keep. */
    short replicationFactor();

    @Override
    void close();
}
