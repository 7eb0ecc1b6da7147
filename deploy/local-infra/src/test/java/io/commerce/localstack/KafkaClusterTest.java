package io.commerce.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three brokers as processes: a topic of three replicas survives one broker's SIGKILL without losing a record. */
class KafkaClusterTest {

    private static KafkaCluster cluster;

    @BeforeAll
    static void start() {
        cluster = KafkaCluster.start(Path.of("target", "kafka-cluster-test"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void every_acknowledged_record_survives_the_sigkill_of_a_broker_and_its_return() throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("survivors", 3, cluster.replicationFactor()))).all().get();
            var description = admin.describeTopics(List.of("survivors")).allTopicNames().get().get("survivors");
            assertThat(description.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        }
        var sent = new TreeSet<String>();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000), new StringSerializer(), new StringSerializer())) {
            send(producer, 0, 100, sent);
            cluster.kill(1);
            assertThat(cluster.isAlive(1)).isFalse();
            // two replicas in sync are enough for acks=all under min.insync.replicas=2
            send(producer, 100, 200, sent);
            cluster.restart(1);
            send(producer, 200, 300, sent);
        }

        assertThat(consumeAll(sent.size())).isEqualTo(sent);
    }

    private static void send(KafkaProducer<String, String> producer, int from, int to, Set<String> sent)
            throws Exception {
        var acknowledged = new ArrayList<java.util.concurrent.Future<?>>();
        for (int i = from; i < to; i++) {
            acknowledged.add(producer.send(new ProducerRecord<>("survivors", "key-" + i, "record-" + i)));
        }
        for (int i = 0; i < acknowledged.size(); i++) {
            acknowledged.get(i).get();
            sent.add("record-" + (from + i));
        }
    }

    private static Set<String> consumeAll(int expected) {
        var received = new TreeSet<String>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "survivors-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("survivors"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> received.add(r.value()));
            }
        }
        return received;
    }
}
