package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GrafanaDashboardTest {

    private static final Path DASHBOARD = Repo.path("deploy/k8s/observability/commerce-dashboard.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the dashboard must show, by the Prometheus names Micrometer and the gateway publish. */
    private static final List<String> METRICS = List.of(
            "http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
            "spring_cloud_gateway_requests_seconds_count", "spring_cloud_gateway_requests_seconds_bucket",
            "commerce_orders_placed_total", "commerce_orders_completed_total", "commerce_orders_failed_total",
            "commerce_orders_saga_duration_seconds_bucket", "commerce_events_dead_lettered_total",
            "kafka_consumer_fetch_manager_records_lag_max",
            // what the alerts watch (AlertRulesTest), the connection pools and the JVM
            "commerce_outbox_pending", "resilience4j_circuitbreaker_state", "container_memory_working_set_bytes",
            "kube_pod_container_resource_limits", "hikaricp_connections_active", "hikaricp_connections_pending",
            "hikaricp_connections_timeout_total", "jvm_memory_used_bytes", "jvm_memory_max_bytes",
            "jvm_buffer_memory_used_bytes", "jvm_gc_pause_seconds");

    private static JsonNode dashboard() {
        try {
            return JSON.readTree(DASHBOARD.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        var panels = new ArrayList<JsonNode>();
        for (var panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    static List<String> expressions() {
        return panels(dashboard()).stream()
                .flatMap(p -> Stream.of(p.path("targets")).flatMap(t -> {
                    var exprs = new ArrayList<String>();
                    t.forEach(target -> exprs.add(target.path("expr").asText()));
                    return exprs.stream();
                }))
                .toList();
    }

    @Test
    void theDashboardIsAGrafanaDashboardWithQueriesInEveryPanel() {
        var dashboard = dashboard();
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        var ids = new HashSet<Integer>();
        var panels = panels(dashboard);
        assertThat(panels).hasSizeGreaterThan(5);
        for (var panel : panels) {
            assertThat(ids.add(panel.path("id").asInt(-1))).as("unique panel id %s", panel.path("id")).isTrue();
            assertThat(panel.path("gridPos").path("w").asInt()).as("panel width").isBetween(1, 24);
            if (!panel.path("type").asText().equals("row")) {
                assertThat(panel.path("targets").size()).as("queries of %s", panel.path("title").asText()).isPositive();
                panel.path("targets").forEach(t -> assertThat(t.path("expr").asText()).isNotBlank());
            }
        }
    }

    @Test
    void everyQueryIsBalanced() {
        assertThat(expressions()).isNotEmpty().allSatisfy(expr -> {
            var depth = new ArrayList<Character>();
            var inString = false;
            for (var c : expr.toCharArray()) {
                if (c == '"') {
                    inString = !inString;
                } else if (!inString && "({[".indexOf(c) >= 0) {
                    depth.add(c);
                } else if (!inString && ")}]".indexOf(c) >= 0) {
                    assertThat(depth).as("closing %s in %s", c, expr).isNotEmpty();
                    var open = depth.removeLast();
                    assertThat("({[".indexOf(open)).as("bracket pair in %s", expr).isEqualTo(")}]".indexOf(c));
                }
            }
            assertThat(depth).as("unclosed brackets in %s", expr).isEmpty();
            assertThat(inString).as("unclosed string in %s", expr).isFalse();
        });
    }

    @Test
    void theDashboardShowsRatesLatenciesOrdersSagaLagAndDeadLetters() {
        var all = String.join("\n", expressions());
        for (var metric : METRICS) {
            assertThat(all).as("the dashboard queries %s", metric).contains(metric);
        }
        for (var quantile : List.of("0.95", "0.99")) {
            for (var histogram : List.of("http_server_requests_seconds_bucket",
                    "spring_cloud_gateway_requests_seconds_bucket", "commerce_orders_saga_duration_seconds_bucket")) {
                assertThat(expressions()).as("p%s of %s", quantile, histogram).anyMatch(e ->
                        e.startsWith("histogram_quantile(" + quantile) && e.contains(histogram) && e.contains("le"));
            }
        }
        assertThat(expressions()).as("gateway rate per route")
                .anyMatch(e -> e.contains("spring_cloud_gateway_requests_seconds_count") && e.contains("routeId"));
        assertThat(expressions()).as("service rate per uri")
                .anyMatch(e -> e.contains("http_server_requests_seconds_count") && e.contains("uri"));
        assertThat(expressions()).as("failed orders by reason")
                .anyMatch(e -> e.contains("commerce_orders_failed_total") && e.matches(".*by \\([^)]*reason.*"));
        assertThat(expressions()).as("dead letters by topic")
                .anyMatch(e -> e.contains("commerce_events_dead_lettered_total") && e.matches(".*by \\([^)]*topic.*"));
    }

    @Test
    void theSuitesOwnMetricsExistInItsCode() {
        MetersInCode.assertRegistered(expressions());
    }

    @Test
    void prodShipsTheSameDashboardToGrafanasSidecar() throws IOException {
        var configMaps = Kustomize.overlay("prod").ofKind("ConfigMap").stream()
                .filter(c -> "1".equals(String.valueOf(map(c, "metadata", "labels").get("grafana_dashboard"))))
                .toList();
        assertThat(configMaps).singleElement();
        var data = map(configMaps.getFirst(), "data");
        assertThat(data).containsKey("commerce-dashboard.json");
        assertThat(JSON.readTree(String.valueOf(data.get("commerce-dashboard.json")))).isEqualTo(dashboard());
    }
}
