package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Prod's PrometheusRules alert on each thing the suite can get wrong, from metrics that exist, each on the dashboard.
 */
class AlertRulesTest {

    /** What must be alerted on, and the metric (with a label matcher, where one is) that shows it. */
    private static final Map<String, List<String>> CONCERNS = concerns();

    private static Map<String, List<String>> concerns() {
        var concerns = new LinkedHashMap<String, List<String>>();
        concerns.put("outbox backlog growing", List.of("commerce_outbox_pending", "deriv("));
        concerns.put("dead letters arriving", List.of("commerce_events_dead_lettered_total"));
        concerns.put("consumer lag", List.of("kafka_consumer_fetch_manager_records_lag_max"));
        concerns.put("saga TIMEOUT rate", List.of("commerce_orders_failed_total", "reason=\"TIMEOUT\""));
        concerns.put("5xx rate", List.of("http_server_requests_seconds_count", "status=~\"5..\""));
        concerns.put("circuit open", List.of("resilience4j_circuitbreaker_state", "open"));
        concerns.put("pods near their memory limit",
                List.of("container_memory_working_set_bytes", "kube_pod_container_resource_limits"));
        return concerns;
    }

    private static List<Map<String, Object>> alerts() {
        var alerts = new ArrayList<Map<String, Object>>();
        for (var rule : Kustomize.overlay("prod").ofKind("PrometheusRule")) {
            for (var group : list(rule, "spec", "groups")) {
                list(group, "rules").forEach(r -> alerts.add(map(r)));
            }
        }
        return alerts;
    }

    @Test
    void prodAlertsOnEachConcern() {
        var alerts = alerts();
        CONCERNS.forEach((concern, needles) -> assertThat(alerts).as("an alert on %s", concern)
                .anySatisfy(alert -> assertThat(string(alert, "expr")).contains(needles)));
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(string(alert, "alert")).as("a named alert").matches("Commerce[A-Za-z]+");
            assertThat(string(alert, "labels", "severity")).as("%s severity", string(alert, "alert"))
                    .isIn("warning", "critical");
            assertThat(string(alert, "annotations", "summary")).as("%s summary", string(alert, "alert")).isNotBlank();
            assertThat(Promql.unbalanced(string(alert, "expr"))).as("%s expr", string(alert, "alert")).isEmpty();
        });
    }

    @Test
    void prometheusLoadsTheRulesAsItScrapesTheSuite() {
        var prod = Kustomize.overlay("prod");
        var monitor = prod.find("ServiceMonitor", "commerce-suite").orElseThrow();
        assertThat(prod.ofKind("PrometheusRule")).isNotEmpty().allSatisfy(rule ->
                assertThat(map(rule, "metadata", "labels")).as("the label kube-prometheus-stack selects rules by")
                        .containsEntry("release", string(monitor, "metadata", "labels", "release")));
    }

    @Test
    void theSuitesOwnMetricsTheAlertsUseExistInItsCode() {
        MetersInCode.assertRegistered(alerts().stream().map(alert -> string(alert, "expr")).toList());
    }

    @Test
    void everyAlertsMetricHasAPanel() {
        var dashboard = String.join("\n", GrafanaDashboardTest.expressions());
        for (var alert : alerts()) {
            var metrics = Promql.metrics(string(alert, "expr"));
            assertThat(metrics).as("%s names a metric", string(alert, "alert")).isNotEmpty();
            for (var metric : metrics) {
                assertThat(dashboard).as("a panel of %s (%s)", metric, string(alert, "alert")).contains(metric);
            }
        }
    }
}
