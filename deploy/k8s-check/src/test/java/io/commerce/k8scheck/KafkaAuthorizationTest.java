package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Prod's Kafka lets no one in unauthenticated and each service do only what its code does: a KafkaUser per service
 * whose ACLs are exactly its topics, and clients configured to authenticate as it.
 */
class KafkaAuthorizationTest {

    private static Manifests prod() {
        return Kustomize.overlay("prod");
    }

    private static Map<String, Object> kafka() {
        return prod().ofKind("Kafka").getFirst();
    }

    @Test
    void everyListenerAuthenticatesAndTheBrokersAuthorize() {
        var listeners = list(kafka(), "spec", "kafka", "listeners");
        assertThat(listeners).isNotEmpty().allSatisfy(listener -> {
            assertThat(string(listener, "authentication", "type")).as("listener %s", string(listener, "name"))
                    .isIn("scram-sha-512", "tls");
            if ("scram-sha-512".equals(string(listener, "authentication", "type"))) {
                assertThat(at(listener, "tls")).as("SCRAM's password exchange and the events over TLS").isEqualTo(true);
            }
        });
        assertThat(string(kafka(), "spec", "kafka", "authorization", "type")).isEqualTo("simple");
        assertThat(at(kafka(), "spec", "kafka", "config", "allow.everyone.if.no.acl.found")).isNotEqualTo(true);
        assertThat(list(kafka(), "spec", "kafka", "authorization", "superUsers")).as("super users").isEmpty();
    }

    @Test
    void eachServiceHasAKafkaUserOfItsOwnWhoseAclsAreExactlyWhatItsCodeDoes() {
        var topologies = KafkaTopology.ofApplications();
        assertThat(topologies).as("applications on Kafka").hasSize(5).doesNotContainKey("gateway");
        var users = prod().ofKind("KafkaUser");
        assertThat(users).extracting(Manifests::name).containsExactlyInAnyOrderElementsOf(topologies.keySet());

        for (var topology : topologies.values()) {
            var user = prod().find("KafkaUser", topology.application()).orElseThrow();
            assertThat(string(user, "metadata", "labels", "strimzi.io/cluster")).isEqualTo(Manifests.name(kafka()));
            assertThat(string(user, "spec", "authentication", "type")).isEqualTo("scram-sha-512");

            var expected = new TreeSet<String>();
            // its outbox publishes its topics; their dead letters are redriven by it, back to them
            topology.publishes().forEach(t -> expected.add("topic " + t + " Write"));
            topology.publishes().forEach(t -> expected.add("topic " + KafkaTopology.deadLetterTopic(t) + " Read"));
            // it consumes, and dead-letters what keeps failing to <consumed topic>.DLT
            topology.consumes().forEach(t -> expected.add("topic " + t + " Read"));
            topology.consumes().forEach(t -> expected.add("topic " + KafkaTopology.deadLetterTopic(t) + " Write"));
            if (!topology.consumes().isEmpty()) {
                expected.add("group " + topology.group() + " Read");
            }
            if (!topology.publishes().isEmpty()) {
                expected.add("group " + topology.redriveGroup() + " Read");
            }

            var granted = new TreeSet<String>();
            for (var acl : list(user, "spec", "authorization", "acls")) {
                assertThat(string(acl, "type")).as("%s: deny rules", topology.application()).isIn(null, "allow");
                assertThat(string(acl, "resource", "patternType")).as("%s: exact names", topology.application())
                        .isIn(null, "literal");
                assertThat(string(acl, "host")).isIn(null, "*");
                for (var operation : list(acl, "operations")) {
                    granted.add(string(acl, "resource", "type") + " " + string(acl, "resource", "name") + " "
                            + operation);
                }
            }
            assertThat(granted).as("%s's ACLs (publishes %s, consumes %s)", topology.application(),
                    topology.publishes(), topology.consumes()).isEqualTo(expected);
        }
    }

    @Test
    void noServiceMayWriteAnotherServicesTopicOrCreateTopics() {
        var topologies = KafkaTopology.ofApplications();
        for (var user : prod().ofKind("KafkaUser")) {
            var own = topologies.get(Manifests.name(user)).publishes();
            for (var acl : list(user, "spec", "authorization", "acls")) {
                var name = String.valueOf(string(acl, "resource", "name"));
                var operations = list(acl, "operations");
                assertThat(operations).as("%s on %s", Manifests.name(user), name)
                        .doesNotContain("All", "Create", "Delete", "Alter", "AlterConfigs", "ClusterAction");
                if (operations.contains("Write") && !name.endsWith(".DLT")) {
                    assertThat(own).as("%s writes %s", Manifests.name(user), name).contains(name);
                }
            }
        }
    }

    @Test
    void theServicesAuthenticateAsTheirOwnUserOverTlsTrustingTheClustersCa() {
        var cluster = Manifests.name(kafka());
        var listenerPorts = list(kafka(), "spec", "kafka", "listeners").stream()
                .filter(l -> "scram-sha-512".equals(string(l, "authentication", "type")))
                .map(l -> cluster + "-kafka-bootstrap:" + at(l, "port")).toList();
        for (var application : KafkaTopology.ofApplications().keySet()) {
            var deployment = prod().find("Deployment", application).orElseThrow();
            var environment = Workloads.environment(prod(), deployment);
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).as(application).isIn(listenerPorts);
            assertThat(environment).as(application)
                    .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                            Workloads.SECRET_REF + application + "/sasl.jaas.config")
                    .containsEntry("SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PEM");

            var location = environment.get("SPRING_KAFKA_SSL_TRUST_STORE_LOCATION");
            assertThat(location).as("%s trust store", application).startsWith("file:");
            var file = location.substring("file:".length());
            var mount = list(Workloads.container(deployment), "volumeMounts").stream()
                    .filter(m -> file.startsWith(string(m, "mountPath") + "/")).findFirst()
                    .orElseThrow(() -> new AssertionError(application + " mounts nothing at " + file));
            var volume = list(Workloads.podSpec(deployment), "volumes").stream()
                    .filter(v -> string(mount, "name").equals(string(v, "name"))).findFirst().orElseThrow();
            assertThat(string(volume, "secret", "secretName")).isEqualTo(cluster + "-cluster-ca-cert");
            var relative = file.substring(string(mount, "mountPath").length() + 1);
            assertThat(list(volume, "secret", "items")).anySatisfy(item -> {
                assertThat(string(item, "key")).isEqualTo("ca.crt");
                assertThat(string(item, "path")).isEqualTo(relative);
            });
        }
        var gateway = Workloads.environment(prod(), prod().find("Deployment", "gateway").orElseThrow());
        assertThat(gateway).as("the gateway has no Kafka user")
                .doesNotContainKey("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
    }

    @Test
    void strimzisPolicyOpensTheClientListenerToTheServicesAlone() {
        for (var listener : list(kafka(), "spec", "kafka", "listeners")) {
            var peers = list(listener, "networkPolicyPeers");
            assertThat(peers).as("listener %s: without peers Strimzi opens it to every pod", string(listener, "name"))
                    .isNotEmpty();
            for (var peer : peers) {
                assertThat(map(peer)).doesNotContainKeys("namespaceSelector", "ipBlock");
                for (var app : Repo.apps()) {
                    var pod = Workloads.podLabels(prod().find("Deployment", app.name()).orElseThrow());
                    assertThat(Workloads.selects(map(peer, "podSelector"), pod)).as("listener admits %s", app.name())
                            .isEqualTo(!app.isGateway());
                }
                assertThat(Workloads.selects(map(peer, "podSelector"),
                        Workloads.podLabels(prod().find("Deployment", "redis").orElseThrow()))).isFalse();
            }
        }
    }

    @Test
    void theDeadLetterTopicsAreWhereTheServicesDeadLetter() {
        var declared = new TreeSet<String>();
        prod().ofKind("KafkaTopic").forEach(t -> declared.add(string(t, "spec", "topicName")));
        var needed = new TreeSet<String>();
        for (var topology : KafkaTopology.ofApplications().values()) {
            topology.consumes().forEach(t -> needed.addAll(Set.of(t, KafkaTopology.deadLetterTopic(t))));
            topology.publishes().forEach(t -> needed.addAll(Set.of(t, KafkaTopology.deadLetterTopic(t))));
        }
        assertThat(declared).containsAll(needed);
    }
}
