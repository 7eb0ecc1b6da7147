package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.k8scheck.NetworkPolicies.Endpoint;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prod denies every pod of the namespace all traffic, both ways, but what the suite needs: each connection below is
 * tried against the rendered NetworkPolicies (and the one Strimzi makes for its brokers from the Kafka resource), from
 * pods labelled as the Deployments and the operators label them.
 */
class NetworkIsolationTest {

    private static final String NAMESPACE = "commerce";
    private static final Manifests PROD = Kustomize.overlay("prod");
    private static final NetworkPolicies POLICIES = policies();
    private static final String KAFKA = Manifests.name(PROD.ofKind("Kafka").getFirst());
    private static final String POSTGRES = Manifests.name(PROD.ofKind("Cluster").getFirst());

    // the operators' pods, as Strimzi and CloudNativePG label them
    private static final Endpoint KAFKA_NODE = Endpoint.pod("a Kafka node", NAMESPACE, Map.of(
            "strimzi.io/cluster", KAFKA, "strimzi.io/kind", "Kafka", "strimzi.io/name", KAFKA + "-kafka",
            "strimzi.io/broker-role", "true", "strimzi.io/controller-role", "true"), Map.of(), "10.244.1.10");
    private static final Endpoint ENTITY_OPERATOR = Endpoint.pod("Strimzi's entity operator", NAMESPACE, Map.of(
            "strimzi.io/cluster", KAFKA, "strimzi.io/kind", "Kafka", "strimzi.io/name", KAFKA + "-entity-operator"),
            Map.of(), "10.244.1.11");
    private static final Endpoint POSTGRES_INSTANCE = Endpoint.pod("a PostgreSQL instance", NAMESPACE, Map.of(
            "cnpg.io/cluster", POSTGRES, "cnpg.io/podRole", "instance", "cnpg.io/instanceRole", "primary"),
            Map.of("postgresql", 5432, "metrics", 9187, "status", 8000), "10.244.1.12");
    private static final Endpoint UNLABELLED = Endpoint.pod("a pod of the namespace no rule names", NAMESPACE,
            Map.of("app", "debug"), Map.of("http", 8080), "10.244.1.13");

    // around the namespace
    private static final Endpoint DNS = Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"),
            Map.of(), "10.244.0.2");
    private static final Endpoint PROMETHEUS = Endpoint.pod("Prometheus", "monitoring",
            Map.of("app.kubernetes.io/name", "prometheus"), Map.of(), "10.244.2.2");
    private static final Endpoint INGRESS_CONTROLLER = Endpoint.pod("the ingress controller", "ingress-nginx",
            Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of(), "10.244.2.3");
    private static final Endpoint POSTGRES_OPERATOR = Endpoint.pod("CloudNativePG's operator", "cnpg-system",
            Map.of("app.kubernetes.io/name", "cloudnative-pg"), Map.of(), "10.244.2.4");
    private static final Endpoint STRANGER = Endpoint.pod("a pod of another namespace", "default", Map.of("app", "x"),
            Map.of(), "10.244.3.3");
    private static final Endpoint API_SERVER = Endpoint.external("the Kubernetes API", "172.18.0.2");
    private static final Endpoint OBJECT_STORE = Endpoint.external("the backups' object store", "52.216.1.1");
    private static final Endpoint IDENTITY_PROVIDER = Endpoint.external("the identity provider", "203.0.113.10");

    private static NetworkPolicies policies() {
        var all = new ArrayList<>(PROD.ofKind("NetworkPolicy"));
        PROD.ofKind("Kafka").forEach(kafka -> all.add(strimzisPolicy(kafka)));
        return new NetworkPolicies(NAMESPACE, all);
    }

    /** What Strimzi generates for a Kafka resource's nodes: its own ports to its own, the listeners to their peers. */
    private static Map<String, Object> strimzisPolicy(Map<String, Object> kafka) {
        var name = Manifests.name(kafka);
        Map<String, Object> nodes = Map.of("podSelector", Map.of("matchLabels", Map.of("strimzi.io/cluster", name,
                "strimzi.io/kind", "Kafka", "strimzi.io/name", name + "-kafka")));
        Map<String, Object> entityOperator = Map.of("podSelector", Map.of("matchLabels",
                Map.of("strimzi.io/name", name + "-entity-operator")));
        Map<String, Object> clusterOperator = Map.of("namespaceSelector", Map.of(), "podSelector",
                Map.of("matchLabels", Map.of("strimzi.io/kind", "cluster-operator")));
        var rules = new ArrayList<Object>(List.of(
                Map.of("ports", List.of(Map.of("port", 9090)), "from", List.of(nodes, clusterOperator)),
                Map.of("ports", List.of(Map.of("port", 9091)), "from", List.of(nodes, entityOperator, clusterOperator)),
                Map.of("ports", List.of(Map.of("port", 8443)), "from", List.of(clusterOperator))));
        for (var listener : list(kafka, "spec", "kafka", "listeners")) {
            rules.add(Map.of("ports", List.of(Map.of("port", at(listener, "port"))),
                    "from", list(listener, "networkPolicyPeers")));
        }
        return Map.of("kind", "NetworkPolicy", "metadata", Map.of("name", name + "-network-policy-kafka"),
                "spec", Map.of("podSelector", nodes.get("podSelector"), "policyTypes", List.of("Ingress"),
                        "ingress", rules));
    }

    private static Endpoint app(String name) {
        var deployment = PROD.find("Deployment", name).orElseThrow();
        return Endpoint.pod(name, NAMESPACE, Workloads.podLabels(deployment), Workloads.ports(deployment),
                "10.244.1." + (100 + name.length()));
    }

    private static List<Endpoint> apps() {
        return Repo.apps().stream().map(a -> app(a.name())).toList();
    }

    private static List<Endpoint> services() {
        return Repo.apps().stream().filter(a -> !a.isGateway()).map(a -> app(a.name())).toList();
    }

    private static int kafkaClientPort() {
        return Integer.parseInt(Workloads.environment(PROD, PROD.find("Deployment", services().getFirst().name())
                .orElseThrow()).get("KAFKA_BOOTSTRAP_SERVERS").split(":")[1]);
    }

    @Test
    void everyPodOfTheNamespaceIsDeniedEverythingByDefault() {
        assertThat(PROD.ofKind("NetworkPolicy")).as("a default deny of every pod, both ways").anySatisfy(p -> {
            assertThat(map(p, "spec", "podSelector")).isEmpty();
            assertThat(list(p, "spec", "policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(list(p, "spec", "ingress")).isEmpty();
            assertThat(list(p, "spec", "egress")).isEmpty();
        });
        for (var pod : List.of(UNLABELLED, STRANGER, PROMETHEUS)) {
            for (var target : List.of(app("gateway"), app("order-service"), POSTGRES_INSTANCE, KAFKA_NODE)) {
                for (var port : List.of(80, 8080, 5432, 9092, 9093)) {
                    assertThat(POLICIES.allows(pod, target, port)).as("%s -> %s:%s", pod, target, port).isFalse();
                }
            }
        }
        assertThat(POLICIES.allows(UNLABELLED, IDENTITY_PROVIDER, 443)).isFalse();
        assertThat(POLICIES.allows(UNLABELLED, STRANGER, 80)).isFalse();
    }

    @Test
    void everyPodResolvesNames() {
        var pods = new ArrayList<>(apps());
        pods.addAll(List.of(KAFKA_NODE, ENTITY_OPERATOR, POSTGRES_INSTANCE, UNLABELLED, app("redis")));
        for (var pod : pods) {
            assertThat(POLICIES.allows(pod, DNS, 53, "UDP")).as("%s -> DNS over UDP", pod).isTrue();
            assertThat(POLICIES.allows(pod, DNS, 53, "TCP")).as("%s -> DNS over TCP", pod).isTrue();
            assertThat(POLICIES.allows(pod, STRANGER, 53, "UDP")).as("%s -> another pod's 53", pod).isFalse();
        }
    }

    @Test
    void theServicesReachPostgresAndKafkaAndTheGatewayNeither() {
        var kafkaPort = kafkaClientPort();
        for (var service : services()) {
            assertThat(POLICIES.allows(service, POSTGRES_INSTANCE, 5432)).as("%s -> PostgreSQL", service).isTrue();
            assertThat(POLICIES.allows(service, KAFKA_NODE, kafkaPort)).as("%s -> Kafka", service).isTrue();
            assertThat(POLICIES.allows(service, POSTGRES_INSTANCE, 8000)).as("%s -> status port", service).isFalse();
            assertThat(POLICIES.allows(service, KAFKA_NODE, 9091)).as("%s -> replication", service).isFalse();
            assertThat(POLICIES.allows(service, app("redis"), 6379)).as("%s -> Redis", service).isFalse();
        }
        var gateway = app("gateway");
        assertThat(POLICIES.allows(gateway, POSTGRES_INSTANCE, 5432)).isFalse();
        assertThat(POLICIES.allows(gateway, KAFKA_NODE, kafkaPort)).isFalse();
        assertThat(POLICIES.allows(gateway, app("redis"), 6379)).as("the gateway's rate limits").isTrue();
        assertThat(POLICIES.allows(UNLABELLED, KAFKA_NODE, kafkaPort)).isFalse();
    }

    @Test
    void theApplicationsCallTheServicesApiAndOnlyPrometheusTheirManagementPort() {
        var gateway = app("gateway");
        for (var app : Repo.apps()) {
            var target = app(app.name());
            var api = target.ports().get("http");
            var management = target.ports().get("management");
            assertThat(POLICIES.allows(PROMETHEUS, target, management)).as("Prometheus -> %s management", app.name())
                    .isTrue();
            assertThat(POLICIES.allows(PROMETHEUS, target, api)).as("Prometheus -> %s API", app.name()).isFalse();
            assertThat(POLICIES.allows(INGRESS_CONTROLLER, target, management)).isFalse();
            assertThat(POLICIES.allows(STRANGER, target, api)).isFalse();
            if (app.isGateway()) {
                assertThat(POLICIES.allows(INGRESS_CONTROLLER, target, api)).as("ingress -> gateway API").isTrue();
            } else {
                assertThat(POLICIES.allows(gateway, target, api)).as("gateway -> %s API", app.name()).isTrue();
                assertThat(POLICIES.allows(gateway, target, management)).as("gateway -> %s management", app.name())
                        .isFalse();
                assertThat(POLICIES.allows(INGRESS_CONTROLLER, target, api)).as("ingress -> %s", app.name())
                        .isFalse();
            }
        }
        assertThat(POLICIES.allows(app("product-service"), app("dataplatform-service"),
                app("dataplatform-service").ports().get("http"))).as("the popular products' ranking").isTrue();
    }

    @Test
    void theApplicationsReachTheIdentityProviderAndTheTraceCollectorAndNothingElseOutside() {
        var environment = Workloads.environment(PROD, PROD.find("Deployment", "gateway").orElseThrow());
        var jwks = URI.create(environment.get("COMMERCE_JWK_SET_URI"));
        assertThat(jwks.getScheme()).isEqualTo("https");
        var zipkin = URI.create(environment.get("ZIPKIN_ENDPOINT"));
        var host = zipkin.getHost().split("\\.");
        assertThat(host).as("the collector is a Service: <name>.<namespace>.svc").hasSizeGreaterThanOrEqualTo(3);
        var collector = Endpoint.pod("the trace collector", host[1], Map.of("app", host[0]), Map.of(), "10.244.4.4");
        for (var app : apps()) {
            assertThat(POLICIES.allows(app, IDENTITY_PROVIDER, 443)).as("%s -> JWK set", app).isTrue();
            assertThat(POLICIES.allows(app, collector, zipkin.getPort())).as("%s -> %s", app, zipkin).isTrue();
            assertThat(POLICIES.allows(app, IDENTITY_PROVIDER, 80)).as("%s -> the internet on 80", app).isFalse();
            assertThat(POLICIES.allows(app, API_SERVER, 6443)).as("%s -> the Kubernetes API", app).isFalse();
            assertThat(POLICIES.allows(app, STRANGER, 443)).as("%s -> a pod elsewhere on 443", app).isFalse();
        }
        for (var app : Repo.apps()) {
            assertThat(Workloads.environment(PROD, PROD.find("Deployment", app.name()).orElseThrow()))
                    .as("%s sends its spans to the collector", app.name())
                    .containsEntry("ZIPKIN_ENDPOINT", zipkin.toString());
        }
    }

    @Test
    void kafkaAndPostgresReachTheirPeersTheirOperatorsAndTheApi() {
        for (var port : List.of(9090, 9091)) {
            assertThat(POLICIES.allows(KAFKA_NODE, KAFKA_NODE, port)).as("Kafka node -> node:%s", port).isTrue();
        }
        assertThat(POLICIES.allows(ENTITY_OPERATOR, KAFKA_NODE, 9091)).isTrue();
        assertThat(POLICIES.allows(ENTITY_OPERATOR, API_SERVER, 443)).isTrue();
        assertThat(POLICIES.allows(KAFKA_NODE, POSTGRES_INSTANCE, 5432)).isFalse();

        for (var port : List.of(5432, 8000)) {
            assertThat(POLICIES.allows(POSTGRES_INSTANCE, POSTGRES_INSTANCE, port)).as("instance -> :%s", port)
                    .isTrue();
            assertThat(POLICIES.allows(POSTGRES_OPERATOR, POSTGRES_INSTANCE, port)).as("operator -> :%s", port)
                    .isTrue();
        }
        assertThat(POLICIES.allows(POSTGRES_INSTANCE, API_SERVER, 443)).isTrue();
        assertThat(POLICIES.allows(POSTGRES_INSTANCE, OBJECT_STORE, 443)).as("backups").isTrue();
        assertThat(POLICIES.allows(PROMETHEUS, POSTGRES_INSTANCE, 9187)).as("PostgreSQL's metrics").isTrue();
        assertThat(POLICIES.allows(POSTGRES_INSTANCE, KAFKA_NODE, kafkaClientPort())).isFalse();
        assertThat(POLICIES.allows(POSTGRES_INSTANCE, STRANGER, 5432)).isFalse();
    }

    @Test
    void theEvaluatorFollowsKubernetesSemantics() {
        Map<String, Object> fromB = Map.of("podSelector", Map.of("matchLabels", Map.of("app", "b")));
        Map<String, Object> rule = Map.of("from", List.of(fromB), "ports", List.of(Map.of("port", "web")));
        Map<String, Object> onlyIngress = new LinkedHashMap<>(Map.of("kind", "NetworkPolicy", "spec",
                Map.of("podSelector", Map.of("matchLabels", Map.of("app", "a")), "ingress", List.of(rule))));
        var policies = new NetworkPolicies(NAMESPACE, List.of(onlyIngress));
        var a = Endpoint.pod("a", NAMESPACE, Map.of("app", "a"), Map.of("web", 8080), "10.0.0.1");
        var b = Endpoint.pod("b", NAMESPACE, Map.of("app", "b"), Map.of(), "10.0.0.2");
        var bElsewhere = Endpoint.pod("b elsewhere", "other", Map.of("app", "b"), Map.of(), "10.0.0.3");
        assertThat(policies.allows(b, a, 8080)).as("a named port, resolved on the destination").isTrue();
        assertThat(policies.allows(b, a, 8081)).isFalse();
        assertThat(policies.allows(bElsewhere, a, 8080)).as("a pod selector alone is the policy's namespace").isFalse();
        assertThat(policies.allows(a, b, 1234)).as("a policy without Egress leaves the pod's egress open").isTrue();
    }
}
