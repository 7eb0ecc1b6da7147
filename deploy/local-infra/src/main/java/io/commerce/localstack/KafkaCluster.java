package io.commerce.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.awaitility.Awaitility;

/**
 * Three KRaft nodes as processes of their own, each broker and controller, from Apache Kafka's server artifact
 * ({@code kafka.Kafka}) on this JVM's class path: topics with three replicas and {@code min.insync.replicas} 2, as
 * production runs them, so that one node can be killed with SIGKILL and the cluster carries on. Slower to start
 * than the in-process broker, which the integration tests keep using.
 */
public final class KafkaCluster implements LocalKafka {

    private static final short REPLICAS = 3;
    private static final Duration READY = Duration.ofMinutes(2);

    private final List<Node> nodes;

    private KafkaCluster(List<Node> nodes) {
        this.nodes = nodes;
    }

    /**
     * Formats and starts three nodes, their logs and data in {@code work} (emptied first), and waits until all three
     * serve.
     */
    public static KafkaCluster start(Path work) {
        FileTrees.delete(work);
        var clusterId = Uuid.randomUuid().toString();
        var taken = new ArrayList<Integer>();
        for (int i = 0; i < 2 * REPLICAS; i++) {
            taken.add(FreePorts.freePort(taken));
        }
        var brokerPorts = taken.subList(0, REPLICAS).stream().mapToInt(Integer::intValue).toArray();
        var controllerPorts = taken.subList(REPLICAS, 2 * REPLICAS).stream().mapToInt(Integer::intValue).toArray();
        var voters = IntStream.range(0, REPLICAS)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts[i]).collect(Collectors.joining(","));
        var nodes = new ArrayList<Node>();
        for (int i = 0; i < REPLICAS; i++) {
            nodes.add(Node.prepare(work.resolve("kafka-" + (i + 1)), i + 1, brokerPorts[i], controllerPorts[i], voters));
        }
        var cluster = new KafkaCluster(nodes);
        try {
            nodes.parallelStream().forEach(node -> node.format(clusterId));
            nodes.forEach(Node::launch);
            cluster.awaitBrokers(REPLICAS);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public String bootstrapServers() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.brokerPort).collect(Collectors.joining(","));
    }

    @Override
    public short replicationFactor() {
        return REPLICAS;
    }

    /** Node ids, 1 to 3. */
    public List<Integer> nodeIds() {
        return nodes.stream().map(n -> n.id).toList();
    }

    /** Kills one node with SIGKILL, as a crash would: no controlled shutdown, no leadership handed over. */
    public void kill(int nodeId) {
        node(nodeId).kill();
    }

    /** Starts a killed node again on its data, and waits until the cluster counts it among its brokers. */
    public void restart(int nodeId) {
        node(nodeId).launch();
        awaitBrokers(REPLICAS);
    }

    public boolean isAlive(int nodeId) {
        return node(nodeId).isAlive();
    }

    private Node node(int nodeId) {
        return nodes.stream().filter(n -> n.id == nodeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No node " + nodeId));
    }

    private void awaitBrokers(int count) {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000))) {
            Awaitility.await("Kafka cluster with " + count + " brokers; see " + nodes.getFirst().log.getParent())
                    .atMost(READY).pollInterval(Duration.ofMillis(200)).ignoreExceptionsMatching(
                            e -> e instanceof ExecutionException || e instanceof TimeoutException)
                    .until(() -> {
                        nodes.forEach(Node::requireAlive);
                        return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() >= count;
                    });
        }
    }

    @Override
    public void close() {
        nodes.forEach(Node::stop);
    }


    /** One node: its configuration, its data and its process. */
    private static final class Node {

        private final int id;
        private final int brokerPort;
        private final Path config;
        private final Path log;
        private Process process;

        private Node(int id, int brokerPort, Path config, Path log) {
            this.id = id;
            this.brokerPort = brokerPort;
            this.config = config;
            this.log = log;
        }

        static Node prepare(Path directory, int id, int brokerPort, int controllerPort, String voters) {
            var properties = new Properties();
            properties.putAll(Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", Integer.toString(id)),
                    Map.entry("controller.quorum.voters", voters),
                    Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort
                            + ",CONTROLLER://127.0.0.1:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
                    Map.entry("controller.listener.names", "CONTROLLER"),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                    Map.entry("log.dirs", directory.resolve("data").toString()),
                    Map.entry("num.partitions", "3"),
                    Map.entry("default.replication.factor", Short.toString(REPLICAS)),
                    Map.entry("min.insync.replicas", "2"),
                    Map.entry("offsets.topic.replication.factor", Short.toString(REPLICAS)),
                    Map.entry("offsets.topic.num.partitions", "3"),
                    Map.entry("transaction.state.log.replication.factor", Short.toString(REPLICAS)),
                    Map.entry("transaction.state.log.min.isr", "2"),
                    Map.entry("unclean.leader.election.enable", "false"),
                    Map.entry("auto.create.topics.enable", "true"),
                    Map.entry("group.initial.rebalance.delay.ms", "0")));
            try {
                Files.createDirectories(directory);
                var config = directory.resolve("server.properties");
                try (var out = Files.newBufferedWriter(config)) {
                    properties.store(out, "node " + id + " of the local Kafka cluster");
                }
                return new Node(id, brokerPort, config, directory.resolve("node.log"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void format(String clusterId) {
            var formatting = java("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString(),
                    "--ignore-formatted");
            try {
                if (!formatting.waitFor(2, TimeUnit.MINUTES) || formatting.exitValue() != 0) {
                    throw new IllegalStateException("Could not format Kafka node " + id + "; see " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void launch() {
            process = java("kafka.Kafka", config.toString());
        }

        private Process java(String mainClass, String... args) {
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // a broker of a test cluster: a small heap, quick to start, its own GC thread at most
                    "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), mainClass));
            command.addAll(List.of(args));
            try {
                return new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + mainClass, e);
            }
        }

        boolean isAlive() {
            return process != null && process.isAlive();
        }

        void requireAlive() {
            if (!isAlive()) {
                throw new IllegalStateException("Kafka node " + id + " is not running; see " + log);
            }
        }

        void kill() {
            process.destroyForcibly();
            waitForExit();
        }

        void stop() {
            if (isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        kill();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    kill();
                }
            }
        }

        private void waitForExit() {
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
