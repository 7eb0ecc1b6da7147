package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PostgreSQL, Kafka and Redis as each overlay provides them, against what the applications expect. */
class InfrastructureTest {

    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?([a-z0-9_]+)\"?");

    /** The databases the applications' application.yml files name. */
    static Set<String> databases() {
        return Repo.apps().stream().map(Repo.App::database).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The topics common-contracts declares, with their dead-letter twins. */
    static Set<String> topics() {
        var source = Repo.read(Repo.path("common-contracts/src/main/java/io/commerce/contracts/event/Topics.java"));
        var suffix = Pattern.compile("DEAD_LETTER_SUFFIX\\s*=\\s*\"([^\"]+)\"").matcher(source);
        assertThat(suffix.find()).as("Topics.DEAD_LETTER_SUFFIX").isTrue();
        var topics = new TreeSet<String>();
        var matcher = Pattern.compile("String\\s+[A-Z_]+_EVENTS\\s*=\\s*\"([^\"]+)\"").matcher(source);
        while (matcher.find()) {
            topics.add(matcher.group(1));
            topics.add(matcher.group(1) + suffix.group(1));
        }
        return topics;
    }

    static Set<String> createdDatabases(String sql) {
        var created = new TreeSet<String>();
        var matcher = CREATE_DATABASE.matcher(sql);
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        return created;
    }

    private static Map<String, String> serviceEnvironment(Manifests manifests) {
        var app = Repo.apps().stream().filter(a -> a.database().isPresent()).findFirst().orElseThrow();
        return Workloads.environment(manifests, manifests.find("Deployment", app.name()).orElseThrow());
    }

    @Test
    void theApplicationsNameFiveDatabasesAndEightTopics() {
        assertThat(databases()).containsExactlyInAnyOrder("balance", "product", "coupon", "orders", "dataplatform");
        assertThat(topics()).hasSize(8).contains("commerce.order.events", "commerce.order.events.DLT");
    }

    @Test
    void localRunsPostgresWithEveryDatabaseAndTheApplicationsCredentials() {
        var local = Kustomize.overlay("local");
        var postgres = local.find("StatefulSet", "postgres").orElseThrow();
        var container = Workloads.container(postgres);
        assertThat(string(container, "image")).startsWith("postgres:17");

        var initVolume = list(container, "volumeMounts").stream()
                .filter(m -> "/docker-entrypoint-initdb.d".equals(string(m, "mountPath")))
                .map(m -> string(m, "name")).findFirst().orElseThrow();
        var initConfigMap = list(Workloads.podSpec(postgres), "volumes").stream()
                .filter(v -> initVolume.equals(string(v, "name"))).map(v -> string(v, "configMap", "name"))
                .findFirst().orElseThrow();
        var sql = String.join("\n", map(local.find("ConfigMap", initConfigMap).orElseThrow(), "data").values()
                .stream().map(String::valueOf).toList());
        assertThat(createdDatabases(sql)).as("databases the init ConfigMap creates").containsAll(databases());

        var environment = serviceEnvironment(local);
        var postgresEnvironment = Workloads.environment(local, postgres);
        assertThat(postgresEnvironment.get("POSTGRES_USER")).isEqualTo(environment.get("DATABASE_USERNAME"));
        assertThat(postgresEnvironment.get("POSTGRES_PASSWORD")).isEqualTo(environment.get("DATABASE_PASSWORD"));

        var host = environment.get("DATABASE_URL").replaceFirst("jdbc:postgresql://([^:/]+).*", "$1");
        var service = local.find("Service", host);
        assertThat(service).as("Service %s for DATABASE_URL", host).isPresent();
        assertThat(Workloads.selects(Map.of("matchLabels", map(service.get(), "spec", "selector")),
                Workloads.podLabels(postgres))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "prod"})
    void theGatewaysRedisRunsWhereItLooksAndTakesCallsFromTheGatewayAlone(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        var gateway = manifests.find("Deployment", "gateway").orElseThrow();
        var environment = Workloads.environment(manifests, gateway);
        var redis = manifests.find("Deployment", environment.get("REDIS_HOST")).orElseThrow(() -> new AssertionError(
                "no Redis Deployment named by the gateway's REDIS_HOST " + environment.get("REDIS_HOST")));
        assertThat(string(Workloads.container(redis), "image")).matches("redis:\\d+\\.\\d+\\.\\d+(-alpine)?");
        assertThat(at(redis, "spec", "replicas")).as("one Redis: a second would hold buckets of its own").isEqualTo(1);

        var service = manifests.find("Service", environment.get("REDIS_HOST")).orElseThrow();
        assertThat(Workloads.selects(Map.of("matchLabels", map(service, "spec", "selector")),
                Workloads.podLabels(redis))).isTrue();
        assertThat(list(service, "spec", "ports")).anySatisfy(p -> assertThat(String.valueOf(at(p, "port")))
                .isEqualTo(environment.get("REDIS_PORT")));

        var gatewayPod = Workloads.podLabels(gateway);
        var peers = manifests.ofKind("NetworkPolicy").stream()
                .filter(p -> Workloads.selects(map(p, "spec", "podSelector"), Workloads.podLabels(redis)))
                .flatMap(p -> list(p, "spec", "ingress").stream())
                .flatMap(rule -> list(rule, "from").stream()).toList();
        assertThat(peers).as("who may reach Redis").isNotEmpty().allSatisfy(peer -> {
            assertThat(map(peer)).doesNotContainKeys("namespaceSelector", "ipBlock");
            assertThat(Workloads.selects(map(peer, "podSelector"), gatewayPod)).isTrue();
            for (var app : Repo.apps()) {
                if (!app.isGateway()) {
                    var pod = Workloads.podLabels(manifests.find("Deployment", app.name()).orElseThrow());
                    assertThat(Workloads.selects(map(peer, "podSelector"), pod)).as(app.name()).isFalse();
                }
            }
        });
    }

    @Test
    void localRunsOneKafkaBrokerInKraftModeWhereTheApplicationsLookForIt() {
        var local = Kustomize.overlay("local");
        var kafka = local.find("StatefulSet", "kafka").orElseThrow();
        assertThat(string(Workloads.container(kafka), "image")).startsWith("apache/kafka:");
        var kafkaEnvironment = Workloads.environment(local, kafka);
        assertThat(kafkaEnvironment.get("KAFKA_PROCESS_ROLES")).contains("broker", "controller");
        assertThat(kafkaEnvironment).containsKeys("KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_NODE_ID", "CLUSTER_ID");
        assertThat(at(Workloads.podSpec(kafka), "enableServiceLinks"))
                .as("no service-link variables for an image that reads KAFKA_*").isEqualTo(false);

        var bootstrap = serviceEnvironment(local).get("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(kafkaEnvironment.get("KAFKA_ADVERTISED_LISTENERS")).contains("//" + bootstrap);
        var host = bootstrap.split(":")[0];
        var port = Integer.parseInt(bootstrap.split(":")[1]);
        var service = local.find("Service", host).orElseThrow();
        assertThat(list(service, "spec", "ports")).anySatisfy(p -> assertThat(at(p, "port")).isEqualTo(port));
        assertThat(Workloads.selects(Map.of("matchLabels", map(service, "spec", "selector")),
                Workloads.podLabels(kafka))).isTrue();
    }

    @Test
    void theComposeAndKubernetesInitScriptsCreateTheSameDatabases() {
        var compose = createdDatabases(Repo.read(Repo.path("deploy/docker/postgres/init-databases.sql")));
        var local = createdDatabases(Repo.read(Repo.path("deploy/k8s/overlays/local/postgres/init-databases.sql")));
        assertThat(compose).containsAll(databases()).isEqualTo(local);
    }

    @Test
    void prodRunsKafkaWithStrimziInKraftModeAndNeverAutoCreatesTopics() {
        var prod = Kustomize.overlay("prod");
        var kafka = prod.ofKind("Kafka");
        assertThat(kafka).singleElement();
        var cluster = kafka.getFirst();
        var name = Manifests.name(cluster);
        assertThat(map(cluster, "metadata", "annotations")).as("annotations Strimzi no longer reads (KRaft and node "
                + "pools are all there is)").doesNotContainKeys("strimzi.io/kraft", "strimzi.io/node-pools");
        assertThat(map(cluster, "spec")).doesNotContainKey("zookeeper");
        assertThat(string(cluster, "spec", "kafka", "version")).as("a Kafka version Strimzi 0.51 to 1.2 run")
                .matches("4\\.2\\.\\d+");
        assertThat(at(cluster, "spec", "kafka", "config", "auto.create.topics.enable")).isEqualTo(false);
        assertThat(map(cluster, "spec", "entityOperator")).containsKeys("topicOperator", "userOperator");

        var bootstrap = serviceEnvironment(prod).get("KAFKA_BOOTSTRAP_SERVERS");
        var ports = list(cluster, "spec", "kafka", "listeners").stream()
                .map(l -> name + "-kafka-bootstrap:" + at(l, "port")).toList();
        assertThat(ports).as("a listener behind KAFKA_BOOTSTRAP_SERVERS").contains(bootstrap);

        var pools = prod.ofKind("KafkaNodePool");
        assertThat(pools).isNotEmpty().allSatisfy(pool -> {
            assertThat(map(pool, "metadata", "labels")).containsEntry("strimzi.io/cluster", name);
            assertThat(map(pool, "spec", "storage")).isNotEmpty();
        });
        var controllers = pools.stream().filter(p -> list(p, "spec", "roles").contains("controller"))
                .mapToInt(p -> (Integer) at(p, "spec", "replicas")).sum();
        var brokers = pools.stream().filter(p -> list(p, "spec", "roles").contains("broker"))
                .mapToInt(p -> (Integer) at(p, "spec", "replicas")).sum();
        assertThat(controllers).as("KRaft controllers (odd, for a quorum)").isGreaterThanOrEqualTo(3).isOdd();
        assertThat(brokers).as("brokers").isGreaterThanOrEqualTo(3);

        for (var app : Repo.apps()) {
            if (app.placeholders().containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                var environment = Workloads.environment(prod, prod.find("Deployment", app.name()).orElseThrow());
                assertThat(environment).as("%s does not create topics in prod", app.name())
                        .containsEntry("SPRING_KAFKA_ADMIN_AUTO_CREATE", "false");
            }
        }
    }

    @Test
    void prodDeclaresEveryTopicAsAKafkaTopic() {
        var prod = Kustomize.overlay("prod");
        var cluster = Manifests.name(prod.ofKind("Kafka").getFirst());
        var brokers = prod.ofKind("KafkaNodePool").stream().filter(p -> list(p, "spec", "roles").contains("broker"))
                .mapToInt(p -> (Integer) at(p, "spec", "replicas")).sum();
        var environment = serviceEnvironment(prod);
        var declared = new TreeSet<String>();
        var problems = new ArrayList<String>();
        for (var topic : prod.ofKind("KafkaTopic")) {
            var topicName = Optional.ofNullable(string(topic, "spec", "topicName")).orElse(Manifests.name(topic));
            declared.add(topicName);
            var partitions = at(topic, "spec", "partitions");
            var replicas = at(topic, "spec", "replicas");
            if (!cluster.equals(string(topic, "metadata", "labels", "strimzi.io/cluster"))) {
                problems.add(topicName + ": strimzi.io/cluster label");
            }
            if (!(partitions instanceof Integer p) || !String.valueOf(p).equals(environment.get("COMMERCE_EVENTS_PARTITIONS"))) {
                problems.add(topicName + ": partitions " + partitions + " vs COMMERCE_EVENTS_PARTITIONS "
                        + environment.get("COMMERCE_EVENTS_PARTITIONS"));
            }
            if (!(replicas instanceof Integer r) || r > brokers || r < 2) {
                problems.add(topicName + ": replicas " + replicas + " for " + brokers + " brokers");
            } else {
                var minIsr = at(topic, "spec", "config", "min.insync.replicas");
                if (!(minIsr instanceof Integer isr) || isr >= r) {
                    problems.add(topicName + ": min.insync.replicas " + minIsr + " must be below replicas " + r);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(declared).isEqualTo(topics());
    }

    @Test
    void prodRunsPostgresWithCloudNativePgAndEveryDatabase() {
        var prod = Kustomize.overlay("prod");
        var clusters = prod.ofKind("Cluster");
        assertThat(clusters).singleElement();
        var cluster = clusters.getFirst();
        var name = Manifests.name(cluster);
        assertThat((Integer) at(cluster, "spec", "instances")).isGreaterThanOrEqualTo(2);
        assertThat(string(cluster, "spec", "storage", "size")).isNotBlank();
        assertThat(string(cluster, "spec", "bootstrap", "initdb", "owner")).isNotBlank();

        assertThat(serviceEnvironment(prod).get("DATABASE_URL")).startsWith("jdbc:postgresql://" + name + "-rw:5432/");
        var created = new TreeSet<String>();
        created.add(string(cluster, "spec", "bootstrap", "initdb", "database"));
        for (var database : prod.ofKind("Database")) {
            assertThat(string(database, "spec", "cluster", "name")).isEqualTo(name);
            created.add(string(database, "spec", "name"));
        }
        assertThat(created).containsAll(databases());
    }
}
