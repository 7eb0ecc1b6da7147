package io.commerce.localstack;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import kafka.server.BrokerServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker in KRaft mode, in this JVM, on a free port. One per JVM for tests; the local run
 * starts its own.
 */
public final class EmbeddedKafkaServer implements LocalKafka {

    private static volatile EmbeddedKafkaServer shared;

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaServer() {
        this.broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "offsets.topic.num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
    }

    public static EmbeddedKafkaServer shared() {
        if (shared == null) {
            synchronized (EmbeddedKafkaServer.class) {
                if (shared == null) {
                    // no shutdown hook: the broker lives in this JVM and ends with it, while an orderly
                    // shutdown would wait for clients that are themselves being shut down
                    shared = new EmbeddedKafkaServer();
                }
            }
        }
        return shared;
    }

    /** A broker of its own for the local run, on a free port (the KRaft test kit always picks its own). */
    public static EmbeddedKafkaServer start() {
        return new EmbeddedKafkaServer();
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public short replicationFactor() {
        return 1;
    }

    /**
     * Takes the broker down as a crash or a restart would, while its controller and its logs stay: clients find
     * nothing at the address until {@link #startBroker()}. For a broker of one's own ({@link #start()}); the
     * shared one serves every test of the JVM.
     */
    public void stopBroker() {
        broker.getCluster().brokers().values().forEach(BrokerServer::shutdown);
    }

    /** Brings a {@linkplain #stopBroker() stopped} broker back on the same address, with the topics and records it had. */
    public void startBroker() {
        broker.getCluster().brokers().values().forEach(BrokerServer::startup);
        try {
            broker.getCluster().waitForReadyBrokers();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker did not come back", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the broker came back", e);
        }
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
