package io.commerce.localstack.suite;

import io.commerce.localstack.DevTokens;
import io.commerce.localstack.EmbeddedKafkaServer;
import io.commerce.localstack.EmbeddedPostgresServer;
import io.commerce.localstack.EmbeddedRedisServer;
import io.commerce.localstack.KafkaCluster;
import io.commerce.localstack.LocalKafka;
import io.commerce.localstack.LocalStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * The whole suite on one machine: real PostgreSQL, a real Kafka broker, Redis for the gateway's rate limits, the
 * five services and the gateway,
 * each application in its own JVM. The one-command local run and the end-to-end tests both start it here.
 */
public final class Suite implements AutoCloseable {

    /** The applications, in the order their ports are numbered from the gateway's. */
    public static final List<String> SERVICES =
            List.of("balance-service", "product-service", "coupon-service", "order-service", "dataplatform-service");

    private final EmbeddedPostgresServer postgres;
    private final LocalKafka kafka;
    private final EmbeddedRedisServer redis;
    private final ZipkinServer zipkin;
    private final DevTokens tokens;
    private final JvmOptions jvmOptions;
    private final AotCache.Use aotCaches;
    private final Replicas replicas;
    /** By application, the ports of its instances, the first instance's first. */
    private final Map<String, List<Integer>> instancePorts;
    /** By an instance's port, its actuator's. */
    private final Map<Integer, Integer> managementPorts;
    /** By instance name ({@link Replicas#instancesOf}). */
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();

    private Suite(EmbeddedPostgresServer postgres, LocalKafka kafka, EmbeddedRedisServer redis, ZipkinServer zipkin,
            DevTokens tokens, JvmOptions jvmOptions, AotCache.Use aotCaches, Replicas replicas,
            Map<String, List<Integer>> instancePorts, Map<Integer, Integer> managementPorts) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.redis = redis;
        this.zipkin = zipkin;
        this.tokens = tokens;
        this.jvmOptions = jvmOptions;
        this.aotCaches = AotCache.supported() ? aotCaches : AotCache.Use.OFF;
        this.replicas = replicas;
        this.instancePorts = instancePorts;
        this.managementPorts = managementPorts;
    }

    /**
     * @param root        the repository root (jars are read from {@code <module>/target})
     * @param gatewayPort the gateway's port; the services take the next five; 0 picks free ports
     * @param jvmOptions  each application's JVM options
     * @param extra       more arguments per application (e.g. a shorter saga deadline for tests)
     */
    public static Suite start(Path root, int gatewayPort, JvmOptions jvmOptions, Map<String, List<String>> extra) {
        return start(root, root.resolve("target").resolve("suite"), gatewayPort, jvmOptions, extra);
    }

    /**
     * As above, with the key set and logs in {@code work} (two suites on one machine must not share it), each
     * application started from its {@link AotCache} as {@code SUITE_AOT_CACHE} says and in as many instances as
     * {@code SUITE_REPLICAS} says ({@link Replicas}).
     */
    public static Suite start(Path root, Path work, int gatewayPort, JvmOptions jvmOptions,
            Map<String, List<String>> extra) {
        return start(root, work, gatewayPort, jvmOptions, extra, AotCache.Use.fromEnvironment(),
                Replicas.fromEnvironment());
    }

    /** As above, with the caches' use and the replicas given, on one in-process Kafka broker. */
    public static Suite start(Path root, Path work, int gatewayPort, JvmOptions jvmOptions,
            Map<String, List<String>> extra, AotCache.Use aotCaches, Replicas replicas) {
        return start(root, work, gatewayPort, jvmOptions, extra, aotCaches, replicas, Kafka.IN_PROCESS);
    }

    /** Which Kafka the suite runs on. */
    public enum Kafka {
        /** One broker in this JVM: quick to start, for most tests and the local run. */
        IN_PROCESS,
        /** Three brokers as processes of their own ({@link KafkaCluster}): one can be killed. */
        CLUSTER
    }

    /** As above, on the Kafka given. */
    public static Suite start(Path root, Path work, int gatewayPort, JvmOptions jvmOptions,
            Map<String, List<String>> extra, AotCache.Use aotCaches, Replicas replicas, Kafka kafka) {
        var logs = work.resolve("logs");
        deleteOldLogs(logs);
        var postgres = EmbeddedPostgresServer.start(0);
        LocalKafka broker = kafka == Kafka.CLUSTER ? KafkaCluster.start(work.resolve("kafka"))
                : EmbeddedKafkaServer.start();
        var redis = EmbeddedRedisServer.start(0);
        Map<String, List<Integer>> instancePorts;
        Map<Integer, Integer> managementPorts;
        ZipkinServer zipkin;
        try {
            // once the servers listen, so that no free port chosen for an application is one of theirs
            instancePorts = SuitePorts.instancePorts(SuitePorts.ports(gatewayPort), replicas);
            managementPorts = SuitePorts.managementPorts(instancePorts, gatewayPort);
            var taken = new ArrayList<>(managementPorts.keySet());
            taken.addAll(managementPorts.values());
            zipkin = ZipkinServer.launch(ZipkinServer.jarUnder(root), logs, taken, gatewayPort != 0);
        } catch (RuntimeException e) {
            broker.close();
            redis.close();
            postgres.close();
            throw e;
        }
        var suite = new Suite(postgres, broker, redis, zipkin, DevTokens.create(work.resolve("jwks.json")), jvmOptions,
                aotCaches, replicas, instancePorts, managementPorts);
        try {
            var arguments = new LinkedHashMap<String, List<String>>();
            for (var application : JvmOptions.APPLICATIONS) {
                var args = new ArrayList<>(application.equals("gateway") ? suite.gatewayArguments()
                        : suite.serviceArguments(application));
                args.addAll(extra.getOrDefault(application, List.of()));
                arguments.put(application, args);
            }
            if (suite.aotCaches == AotCache.Use.TRAIN) {
                suite.train(root, arguments, logs);
            }
            var launches = new ArrayList<CompletableFuture<Void>>();
            launches.add(CompletableFuture.runAsync(() -> zipkin.awaitReady(Duration.ofMinutes(3))));
            arguments.forEach((application, args) -> {
                var names = replicas.instancesOf(application);
                for (int i = 0; i < names.size(); i++) {
                    var process = suite.launch(root, application, names.get(i),
                            instancePorts.get(application).get(i), args, logs);
                    suite.processes.put(names.get(i), process);
                    launches.add(CompletableFuture.runAsync(() -> process.awaitReady(Duration.ofMinutes(3))));
                }
            });
            CompletableFuture.allOf(launches.toArray(CompletableFuture[]::new)).join();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Trains, in parallel, every application whose cache is not of its current jar. A cache only saves start-up time:
     * an application whose training fails is said so and starts from its executable jar.
     */
    private void train(Path root, Map<String, List<String>> arguments, Path logs) {
        var trainings = new ArrayList<CompletableFuture<Void>>();
        arguments.forEach((application, args) -> {
            var cache = AotCache.of(application, jar(root, application));
            var jar = cache.extractedJar();
            if (cache.isCurrent()) {
                return;
            }
            var options = new ArrayList<>(jvmOptions.of(application));
            options.addAll(cache.trainingOptions());
            // port 0: a refresh creates the web server without binding it, but nothing may collide if it did
            var training = ServiceProcess.launch(application + "-training", jar, 0, 0, options, args, logs);
            trainings.add(CompletableFuture.runAsync(() -> training.awaitExit(Duration.ofMinutes(3)))
                    .exceptionally(failure -> {
                        System.err.println("No AOT cache for " + application + ": " + failure.getMessage());
                        return null;
                    }));
        });
        CompletableFuture.allOf(trainings.toArray(CompletableFuture[]::new)).join();
    }

    private ServiceProcess launch(Path root, String application, String instance, int port, List<String> args,
            Path logs) {
        var bootJar = jar(root, application);
        var options = new ArrayList<>(jvmOptions.of(application));
        if (aotCaches != AotCache.Use.OFF) {
            var cache = AotCache.of(application, bootJar);
            if (cache.isCurrent()) {
                options.addAll(cache.useOptions());
                return ServiceProcess.launch(instance, cache.extractedJar(), port, managementPorts.get(port), options,
                        args, logs);
            }
        }
        return ServiceProcess.launch(instance, bootJar, port, managementPorts.get(port), options, args, logs);
    }

    private static void deleteOldLogs(Path logs) {
        try (var files = Files.exists(logs) ? Files.list(logs) : java.util.stream.Stream.<Path>empty()) {
            for (var file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path jar(Path root, String module) {
        var target = root.resolve(module).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElse(target.resolve(module + ".jar"));
        } catch (IOException e) {
            return target.resolve(module + ".jar");
        }
    }

    private List<String> serviceArguments(String service) {
        var args = new ArrayList<>(tracingArguments());
        LocalStack.propertiesFor(service, postgres, kafka, tokens)
                .forEach((key, value) -> args.add("--" + key + "=" + value));
        if (service.equals("product-service")) {
            // the popular products are read from the first instance: they are the same in every one
            args.add("--DATAPLATFORM_URL=http://localhost:" + instancePorts.get("dataplatform-service").getFirst());
        }
        return args;
    }

    /**
     * The gateway reaches a service of one instance at its address, and one of several through Spring Cloud
     * LoadBalancer ({@code lb://}) over a static list of their addresses, as a Kubernetes Service does in the manifests.
     */
    private List<String> gatewayArguments() {
        var args = new ArrayList<>(tracingArguments());
        args.add("--commerce.security.jwk-set-uri=" + tokens.jwkSetUri());
        args.add("--commerce.security.issuer=" + DevTokens.ISSUER);
        args.add("--spring.data.redis.host=" + redis.host());
        args.add("--spring.data.redis.port=" + redis.port());
        for (var name : List.of("balance", "product", "coupon", "order")) {
            var service = name + "-service";
            var ports = instancePorts.get(service);
            if (ports.size() == 1) {
                args.add("--commerce.gateway.services." + name + ".uri=http://localhost:" + ports.getFirst());
                continue;
            }
            args.add("--commerce.gateway.services." + name + ".uri=lb://" + service);
            for (int i = 0; i < ports.size(); i++) {
                args.add("--spring.cloud.discovery.client.simple.instances." + service + "[" + i + "].uri="
                        + "http://localhost:" + ports.get(i));
            }
        }
        return args;
    }

    /** Every application reports its sampled spans to the suite's Zipkin. */
    private List<String> tracingArguments() {
        return List.of("--management.tracing.export.zipkin.endpoint=" + zipkin.spansEndpoint());
    }

    /** The trace viewer every application reports to. */
    public ZipkinServer traceViewer() {
        return zipkin;
    }

    public String gatewayUrl() {
        return processes.get("gateway").url();
    }

    public String urlOf(String application) {
        return processes.get(application).url();
    }

    public ServiceProcess process(String application) {
        return processes.get(application);
    }

    public Map<String, ServiceProcess> processes() {
        return Map.copyOf(processes);
    }

    public DevTokens tokens() {
        return tokens;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedRedisServer redis() {
        return redis;
    }

    /** The brokers of a suite started on {@link Kafka#CLUSTER}. */
    public KafkaCluster kafkaCluster() {
        if (kafka instanceof KafkaCluster cluster) {
            return cluster;
        }
        throw new IllegalStateException("This suite runs on one in-process broker");
    }

    /** Every instance of one application, the first first. */
    public List<ServiceProcess> instancesOf(String application) {
        return replicas.instancesOf(application).stream().map(processes::get).toList();
    }

    public Replicas replicas() {
        return replicas;
    }

    /** Stops every instance of one service (as a crash or a deploy would) ... */
    public void stop(String application) {
        try (var stopping = Executors.newVirtualThreadPerTaskExecutor()) {
            instancesOf(application).forEach(process -> stopping.submit(process::close));
        }
    }

    /** Kills one instance ({@link Replicas#instancesOf} names them) with SIGKILL, as a crash would ... */
    public void kill(String instance) {
        processes.get(instance).kill();
    }

    /** ... and starts it again with the same port, JVM options and arguments ({@code extra} added). */
    public void restartInstance(Path root, String instance, List<String> extra) {
        var application = JvmOptions.APPLICATIONS.stream()
                .filter(a -> replicas.instancesOf(a).contains(instance)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance " + instance + " in this suite"));
        var args = new ArrayList<>(application.equals("gateway") ? gatewayArguments() : serviceArguments(application));
        args.addAll(extra);
        var old = processes.get(instance);
        var process = launch(root, application, instance, old.port(), args, old.log().getParent());
        processes.put(instance, process);
        process.awaitReady(Duration.ofMinutes(3));
    }

    /** ... and starts them again with the same ports and JVM options. */
    public void restart(Path root, String application, List<String> extra) {
        // the key set the services trust stays where it is: only the processes are new
        var args = new ArrayList<>(serviceArguments(application));
        args.addAll(extra);
        var names = replicas.instancesOf(application);
        var started = new ArrayList<ServiceProcess>();
        for (int i = 0; i < names.size(); i++) {
            var old = processes.get(names.get(i));
            var process = launch(root, application, names.get(i), old.port(), args, old.log().getParent());
            processes.put(names.get(i), process);
            started.add(process);
        }
        started.forEach(process -> process.awaitReady(Duration.ofMinutes(3)));
    }

    /**
     * Stops every application at once, each on a thread of its own: a parallel stream ran two at a time on a
     * 2-core machine, and an application slow to stop (up to 25 s each) made the whole close outlast the test
     * JVM's 30 s exit limit, which then killed it with PostgreSQL still running.
     */
    @Override
    public void close() {
        try (var stopping = Executors.newVirtualThreadPerTaskExecutor()) {
            processes.values().forEach(process -> stopping.submit(process::close));
        }
        zipkin.close();
        kafka.close();
        redis.close();
        postgres.close();
    }
}
