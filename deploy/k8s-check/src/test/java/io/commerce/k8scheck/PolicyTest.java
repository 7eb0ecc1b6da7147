package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The suite's rules for its own workloads, in every overlay. */
class PolicyTest {

    static Iterable<String> overlays() {
        return Repo.overlays();
    }

    private static Map<String, Object> deployment(Manifests manifests, String app) {
        return manifests.find("Deployment", app).orElseThrow(() -> new AssertionError(
                manifests.overlay() + " has no Deployment " + app));
    }

    @Test
    void theApplicationsAreFoundInTheRepository() {
        assertThat(Repo.apps()).extracting(Repo.App::name).contains("gateway", "order-service")
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyApplicationHasADeploymentServiceAutoscalerAndDisruptionBudget(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        for (var app : Repo.apps()) {
            var deployment = deployment(manifests, app.name());
            var podLabels = Workloads.podLabels(deployment);
            assertThat(podLabels).as("%s pod labels", app.name())
                    .containsEntry("app.kubernetes.io/part-of", "commerce-suite");

            var service = manifests.find("Service", app.name());
            assertThat(service).as("Service %s in %s", app.name(), overlay).isPresent();
            assertThat(Workloads.selects(Map.of("matchLabels", map(service.get(), "spec", "selector")), podLabels))
                    .as("Service %s selects its pods", app.name()).isTrue();
            assertThat(list(service.get(), "spec", "ports")).as("Service %s ports", app.name())
                    .anySatisfy(p -> assertThat(at(p, "port")).isEqualTo(app.port()));

            var hpa = manifests.ofKind("HorizontalPodAutoscaler").stream()
                    .filter(h -> "Deployment".equals(string(h, "spec", "scaleTargetRef", "kind"))
                            && app.name().equals(string(h, "spec", "scaleTargetRef", "name")))
                    .toList();
            assertThat(hpa).as("HorizontalPodAutoscaler for %s", app.name()).singleElement()
                    .satisfies(h -> assertThat(Manifests.apiVersion(h)).isEqualTo("autoscaling/v2"));
            if (overlay.equals("prod")) {
                assertThat((Integer) at(hpa.getFirst(), "spec", "minReplicas")).as("%s minReplicas in prod", app.name())
                        .isGreaterThanOrEqualTo(2);
            }
            assertThat(at(deployment, "spec", "replicas")).as("%s replicas are the autoscaler's", app.name()).isNull();

            assertThat(manifests.ofKind("PodDisruptionBudget"))
                    .as("PodDisruptionBudget for %s", app.name())
                    .filteredOn(p -> Workloads.selects(map(p, "spec", "selector"), podLabels))
                    .singleElement()
                    .satisfies(p -> assertThat(Manifests.apiVersion(p)).isEqualTo("policy/v1"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentHasProbesResourcesAndRunsAsNonRoot(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        assertThat(manifests.ofKind("Deployment")).isNotEmpty();
        for (var deployment : manifests.ofKind("Deployment")) {
            var name = Manifests.name(deployment);
            var pod = Workloads.podSpec(deployment);
            boolean application = Repo.apps().stream().anyMatch(app -> app.name().equals(name));
            for (var container : Workloads.containers(deployment)) {
                if (application) {
                    assertThat(string(container, "startupProbe", "httpGet", "path")).as("%s startupProbe", name)
                            .startsWith("/actuator/health");
                    assertThat(string(container, "livenessProbe", "httpGet", "path")).as("%s livenessProbe", name)
                            .isEqualTo("/actuator/health/liveness");
                    assertThat(string(container, "readinessProbe", "httpGet", "path")).as("%s readinessProbe", name)
                            .isEqualTo("/actuator/health/readiness");
                } else {
                    assertThat(at(container, "livenessProbe")).as("%s livenessProbe", name).isNotNull();
                    assertThat(at(container, "readinessProbe")).as("%s readinessProbe", name).isNotNull();
                }

                for (var resource : List.of("cpu", "memory")) {
                    var request = string(container, "resources", "requests", resource);
                    var limit = string(container, "resources", "limits", resource);
                    assertThat(request).as("%s requests.%s", name, resource).isNotBlank();
                    assertThat(limit).as("%s limits.%s", name, resource).isNotBlank();
                    assertThat(Quantity.getAmountInBytes(new Quantity(request)))
                            .as("%s %s request within its limit", name, resource)
                            .isLessThanOrEqualTo(Quantity.getAmountInBytes(new Quantity(limit)));
                }

                var runAsNonRoot = firstNonNull(at(container, "securityContext", "runAsNonRoot"),
                        at(pod, "securityContext", "runAsNonRoot"));
                var runAsUser = firstNonNull(at(container, "securityContext", "runAsUser"),
                        at(pod, "securityContext", "runAsUser"));
                assertThat(runAsNonRoot).as("%s runAsNonRoot", name).isEqualTo(true);
                assertThat(runAsUser).as("%s runAsUser", name).isInstanceOf(Integer.class).isNotEqualTo(0);
                assertThat(at(container, "securityContext", "allowPrivilegeEscalation"))
                        .as("%s allowPrivilegeEscalation", name).isEqualTo(false);
                assertThat(list(container, "securityContext", "capabilities", "drop")).as("%s drops capabilities", name)
                        .contains("ALL");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theJvmIsSizedFromTheContainerMemoryLimit(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        for (var app : Repo.apps()) {
            var options = Workloads.environment(manifests, deployment(manifests, app.name())).get("JAVA_TOOL_OPTIONS");
            assertThat(options).as("%s JAVA_TOOL_OPTIONS", app.name()).isNotNull()
                    .containsPattern("-XX:MaxRAMPercentage=([4-7][0-9])(\\.0)?\\b")
                    .doesNotContain("-Xmx");
            var limit = string(Workloads.container(deployment(manifests, app.name())), "resources", "limits", "memory");
            assertThat(Quantity.getAmountInBytes(new Quantity(limit)).longValue()).as("%s memory limit", app.name())
                    .isBetween(384L << 20, 1024L << 20);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyApplicationGetsTheEnvironmentItsApplicationYmlReads(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        var apps = Repo.apps();
        for (var app : apps) {
            var deployment = deployment(manifests, app.name());
            var environment = Workloads.environment(manifests, deployment);
            var required = app.requiredEnvironment(environment);
            assertThat(environment).as("%s environment in %s", app.name(), overlay)
                    .containsKeys(required.toArray(String[]::new));
            assertThat(environment.values()).as("%s environment resolves", app.name())
                    .noneMatch(v -> v.startsWith(Workloads.UNRESOLVED));
            for (var variable : required) {
                assertThat(environment.get(variable)).as("%s %s", app.name(), variable).isNotBlank();
                if (variable.matches(".*_(URL|URI|SERVERS)")) {
                    assertThat(environment.get(variable)).as("%s %s", app.name(), variable).doesNotContain("localhost");
                }
            }

            assertThat(environment.get("PORT")).as("%s PORT", app.name()).isEqualTo(String.valueOf(app.port()));
            assertThat(Workloads.ports(deployment)).as("%s container port", app.name()).containsEntry("http", app.port());

            app.database().ifPresent(database -> {
                assertThat(environment.get("DATABASE_URL")).as("%s DATABASE_URL", app.name())
                        .matches("jdbc:postgresql://[a-z0-9.-]+:5432/" + database);
                assertThat(environment.get("DATABASE_USERNAME")).as("%s DATABASE_USERNAME", app.name())
                        .startsWith(Workloads.SECRET_REF);
                assertThat(environment.get("DATABASE_PASSWORD")).as("%s DATABASE_PASSWORD", app.name())
                        .startsWith(Workloads.SECRET_REF);
            });

            for (var variable : app.placeholders().keySet()) {
                Repo.targetOfUrlVariable(variable, apps).ifPresent(target -> {
                    var url = URI.create(environment.get(variable));
                    assertThat(url.getHost()).as("%s %s host", app.name(), variable).isEqualTo(target);
                    var targetService = manifests.find("Service", target).orElseThrow();
                    assertThat(list(targetService, "spec", "ports")).as("%s %s port", app.name(), variable)
                            .anySatisfy(p -> assertThat(at(p, "port")).isEqualTo(url.getPort()));
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheGatewayIsReachableFromOutsideAndServicesOnlyFromTheSuiteAndPrometheus(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        var policies = manifests.ofKind("NetworkPolicy");
        assertThat(policies).as("NetworkPolicies in %s", overlay).isNotEmpty();
        var suitePods = Repo.apps().stream().map(a -> Workloads.podLabels(deployment(manifests, a.name()))).toList();
        var gatewayPod = Workloads.podLabels(deployment(manifests, "gateway"));

        for (var app : Repo.apps()) {
            var pod = Workloads.podLabels(deployment(manifests, app.name()));
            var applying = policies.stream()
                    .filter(p -> Workloads.selects(map(p, "spec", "podSelector"), pod))
                    .filter(p -> list(p, "spec", "policyTypes").contains("Ingress") || list(p, "spec", "policyTypes").isEmpty())
                    .toList();
            assertThat(applying).as("%s is isolated by a NetworkPolicy", app.name()).isNotEmpty();

            var peers = new ArrayList<Object>();
            for (var policy : applying) {
                for (var rule : list(policy, "spec", "ingress")) {
                    assertThat(list(rule, "from")).as("%s: a rule in %s lets everything in", app.name(),
                            Manifests.name(policy)).isNotEmpty();
                    peers.addAll(list(rule, "from"));
                }
            }
            var namespaces = peers.stream().map(p -> string(p, "namespaceSelector", "matchLabels",
                    "kubernetes.io/metadata.name")).filter(Objects::nonNull).toList();
            assertThat(peers).as("%s: no ipBlock peers", app.name()).noneMatch(p -> map(p).containsKey("ipBlock"));
            assertThat(peers).as("%s: every namespace peer names its namespace", app.name())
                    .filteredOn(p -> map(p).containsKey("namespaceSelector"))
                    .allSatisfy(p -> assertThat(string(p, "namespaceSelector", "matchLabels",
                            "kubernetes.io/metadata.name")).isNotBlank());
            assertThat(namespaces).as("%s is scraped by Prometheus", app.name()).contains("monitoring");

            var podPeers = peers.stream().filter(p -> map(p).containsKey("podSelector")
                    && !map(p).containsKey("namespaceSelector")).toList();
            for (var peer : podPeers) {
                var selector = map(peer, "podSelector");
                assertThat(selector).as("%s: a pod peer selecting every pod", app.name()).isNotEmpty();
                for (var workload : manifests.ofKind("StatefulSet")) {
                    assertThat(Workloads.selects(selector, Workloads.podLabels(workload)))
                            .as("%s admits %s", app.name(), Manifests.describe(workload)).isFalse();
                }
            }
            if (app.isGateway()) {
                assertThat(namespaces).as("the gateway is reachable from the ingress controller")
                        .contains("ingress-nginx");
            } else {
                assertThat(namespaces).as("%s is reachable from outside the namespace only by Prometheus", app.name())
                        .containsOnly("monitoring");
                assertThat(podPeers).as("%s takes calls from the gateway", app.name())
                        .anyMatch(p -> Workloads.selects(map(p, "podSelector"), gatewayPod));
                assertThat(podPeers).as("%s takes calls from the other services", app.name())
                        .anyMatch(p -> suitePods.stream().allMatch(s -> Workloads.selects(map(p, "podSelector"), s)));
            }
        }
    }

    @Test
    void prodCommitsNoSecretValues() {
        var prod = Kustomize.overlay("prod");
        assertThat(prod.ofKind("Secret")).as("Secrets rendered by prod")
                .allSatisfy(s -> {
                    assertThat(map(s, "data")).isEmpty();
                    assertThat(map(s, "stringData")).isEmpty();
                });
        assertThat(prod.objects()).as("prod objects holding credentials inline").noneMatch(o ->
                "Cluster".equals(Manifests.kind(o)) && at(o, "spec", "bootstrap", "initdb", "secret") == null);
    }

    @Test
    void theIngressRoutesOnlyToTheGatewayAndNotItsActuator() {
        for (var overlay : Repo.overlays()) {
            var ingresses = Kustomize.overlay(overlay).ofKind("Ingress");
            assertThat(ingresses).as("Ingress in %s", overlay).isNotEmpty();
            for (var ingress : ingresses) {
                for (var rule : list(ingress, "spec", "rules")) {
                    assertThat(list(rule, "http", "paths")).isNotEmpty().allSatisfy(path -> {
                        assertThat(string(path, "backend", "service", "name")).isEqualTo("gateway");
                        assertThat(string(path, "path")).doesNotStartWith("/actuator").isNotEqualTo("/");
                    });
                }
            }
        }
        assertThat(list(Kustomize.overlay("prod").find("Ingress", "gateway").orElseThrow(), "spec", "tls"))
                .as("prod terminates TLS").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyApplicationRunsTheContainerProfile(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        for (var app : Repo.apps()) {
            assertThat(Workloads.environment(manifests, deployment(manifests, app.name())))
                    .as("%s in %s logs as a container should", app.name(), overlay)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "container");
        }
    }

    private static Object firstNonNull(Object first, Object second) {
        return first != null ? first : second;
    }
}
