package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every application's actuator (probes, /actuator/prometheus, the dead-letter redrive) is on a port of its own, named
 * "management", which the probes and Prometheus use and nothing else reaches; the API port serves only the API.
 */
class ManagementPortTest {

    static Iterable<String> overlays() {
        return Repo.overlays();
    }

    private static Map<String, Object> deployment(Manifests manifests, String app) {
        return manifests.find("Deployment", app).orElseThrow(() -> new AssertionError(
                manifests.overlay() + " has no Deployment " + app));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theActuatorListensOnTheManagementPortWhereTheProbesAsk(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        for (var app : Repo.apps()) {
            assertThat(app.placeholders()).as("%s reads MANAGEMENT_PORT (management.server.port)", app.name())
                    .containsKey("MANAGEMENT_PORT");
            var deployment = deployment(manifests, app.name());
            var ports = Workloads.ports(deployment);
            var environment = Workloads.environment(manifests, deployment);
            assertThat(environment.get("MANAGEMENT_PORT")).as("%s MANAGEMENT_PORT in %s", app.name(), overlay)
                    .isEqualTo(String.valueOf(ports.get("management")));
            assertThat(ports.get("management")).as("%s: apart from the API", app.name())
                    .isNotEqualTo(ports.get("http"));
            for (var probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                var port = at(Workloads.container(deployment), probe, "httpGet", "port");
                assertThat(port).as("%s %s port", app.name(), probe).isIn("management", ports.get("management"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyPrometheusReachesTheManagementPortAndTheIngressOnlyTheApi(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        for (var app : Repo.apps()) {
            var deployment = deployment(manifests, app.name());
            var pod = Workloads.podLabels(deployment);
            var ports = Workloads.ports(deployment);
            for (var policy : manifests.ofKind("NetworkPolicy")) {
                if (!Workloads.selects(map(policy, "spec", "podSelector"), pod)) {
                    continue;
                }
                for (var rule : list(policy, "spec", "ingress")) {
                    var opened = list(rule, "ports").stream().map(p -> at(p, "port"))
                            .map(p -> p instanceof String name ? ports.get(name) : p).toList();
                    var fromMonitoring = list(rule, "from").stream().allMatch(peer -> "monitoring".equals(
                            string(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name")));
                    var what = app.name() + " in " + overlay + ", " + Manifests.name(policy);
                    if (fromMonitoring) {
                        assertThat(opened).as("%s: Prometheus gets the management port alone", what)
                                .containsExactly(ports.get("management"));
                    } else {
                        assertThat(opened).as("%s: a rule open to all ports", what).isNotEmpty()
                                .doesNotContain(ports.get("management"));
                    }
                }
            }
        }
        for (var ingress : manifests.ofKind("Ingress")) {
            for (var rule : list(ingress, "spec", "rules")) {
                assertThat(list(rule, "http", "paths")).allSatisfy(path ->
                        assertThat(string(path, "backend", "service", "port", "name")).isEqualTo("http"));
            }
        }
    }

    @Test
    void prometheusScrapesTheManagementPortOfEveryApplication() {
        var local = Kustomize.overlay("local");
        for (var app : Repo.apps()) {
            var deployment = deployment(local, app.name());
            var annotations = map(deployment, "spec", "template", "metadata", "annotations");
            assertThat(annotations).as("%s scrape annotations in local", app.name())
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/actuator/prometheus")
                    .containsEntry("prometheus.io/port", String.valueOf(Workloads.ports(deployment).get("management")));
        }

        var prod = Kustomize.overlay("prod");
        var monitors = prod.ofKind("ServiceMonitor");
        assertThat(monitors).as("ServiceMonitors in prod").isNotEmpty();
        for (var app : Repo.apps()) {
            var service = prod.find("Service", app.name()).orElseThrow();
            assertThat(list(service, "spec", "ports")).as("%s Service ports", app.name()).anySatisfy(p -> {
                assertThat(string(p, "name")).isEqualTo("management");
                assertThat(string(p, "targetPort")).isEqualTo("management");
            });
            assertThat(monitors).as("a ServiceMonitor scraping %s", app.name()).anySatisfy(m -> {
                assertThat(Workloads.selects(map(m, "spec", "selector"), map(service, "metadata", "labels"))).isTrue();
                assertThat(list(m, "spec", "endpoints")).isNotEmpty().allSatisfy(e -> {
                    assertThat(string(e, "path")).isEqualTo("/actuator/prometheus");
                    assertThat(string(e, "port")).isEqualTo("management");
                });
            });
        }
    }
}
