package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the operators' schemas require of the custom resources the overlays use, as far as these checks need it: the
 * required fields and the closed sets of values (Strimzi's v1 CRDs, CloudNativePG's and its Barman Cloud plugin's, the
 * Prometheus Operator's). Written from their documentation, not copied from their CRDs; a field these checks do not
 * know is not an error here, the operator's API server still validates on apply.
 */
final class CustomResources {

    private static final Set<String> LISTENER_TYPES =
            Set.of("internal", "route", "tlsroute", "loadbalancer", "nodeport", "ingress", "cluster-ip");
    private static final Set<String> LISTENER_AUTHENTICATION = Set.of("tls", "scram-sha-512", "custom");
    private static final Set<String> USER_AUTHENTICATION = Set.of("tls", "tls-external", "scram-sha-512");
    private static final Set<String> ACL_RESOURCES = Set.of("topic", "group", "cluster", "transactionalId");
    private static final Set<String> ACL_OPERATIONS = Set.of("Read", "Write", "Create", "Delete", "Alter", "Describe",
            "ClusterAction", "AlterConfigs", "DescribeConfigs", "IdempotentWrite", "All");
    private static final Set<String> BACKUP_METHODS = Set.of("plugin", "volumeSnapshot", "barmanObjectStore");

    private CustomResources() {
    }

    static List<String> problems(Manifests manifests, Map<String, Object> object) {
        var what = Manifests.describe(object);
        var spec = map(object, "spec");
        var problems = new ArrayList<String>();
        switch (String.valueOf(Manifests.kind(object))) {
            case "Kafka" -> {
                var names = new HashSet<String>();
                for (var listener : list(spec, "kafka", "listeners")) {
                    var name = String.valueOf(string(listener, "name"));
                    if (!name.matches("[a-z0-9]{1,11}") || !names.add(name)) {
                        problems.add(what + ": listener name " + name + " (unique, [a-z0-9]{1,11})");
                    }
                    if (!(at(listener, "port") instanceof Integer port) || port < 9092) {
                        problems.add(what + ": listener " + name + " port (9092 or above)");
                    }
                    if (!LISTENER_TYPES.contains(string(listener, "type"))) {
                        problems.add(what + ": listener " + name + " type " + string(listener, "type"));
                    }
                    if (!(at(listener, "tls") instanceof Boolean)) {
                        problems.add(what + ": listener " + name + " needs tls: true|false");
                    }
                    var authentication = string(listener, "authentication", "type");
                    if (authentication != null && !LISTENER_AUTHENTICATION.contains(authentication)) {
                        problems.add(what + ": listener " + name + " authentication " + authentication);
                    }
                }
                if (names.isEmpty()) {
                    problems.add(what + ": spec.kafka.listeners");
                }
            }
            case "KafkaNodePool", "KafkaTopic" -> clusterLabel(manifests, object, problems);
            case "KafkaUser" -> {
                clusterLabel(manifests, object, problems);
                if (!USER_AUTHENTICATION.contains(string(spec, "authentication", "type"))) {
                    problems.add(what + ": authentication type " + string(spec, "authentication", "type"));
                }
                if (!"simple".equals(string(spec, "authorization", "type"))) {
                    problems.add(what + ": authorization type " + string(spec, "authorization", "type"));
                }
                for (var acl : list(spec, "authorization", "acls")) {
                    var type = string(acl, "resource", "type");
                    if (!ACL_RESOURCES.contains(type)) {
                        problems.add(what + ": ACL resource type " + type);
                    }
                    if (!"cluster".equals(type) && string(acl, "resource", "name") == null) {
                        problems.add(what + ": ACL on a " + type + " without a name");
                    }
                    var pattern = string(acl, "resource", "patternType");
                    if (pattern != null && !Set.of("literal", "prefix").contains(pattern)) {
                        problems.add(what + ": ACL patternType " + pattern);
                    }
                    var operations = list(acl, "operations");
                    if (operations.isEmpty()) {
                        problems.add(what + ": an ACL without operations (v1 has no 'operation')");
                    }
                    operations.stream().map(String::valueOf).filter(o -> !ACL_OPERATIONS.contains(o))
                            .forEach(o -> problems.add(what + ": ACL operation " + o));
                }
            }
            case "Cluster" -> {
                if (!(at(spec, "instances") instanceof Integer)) {
                    problems.add(what + ": spec.instances");
                }
                var roles = new HashSet<String>();
                for (var role : list(spec, "managed", "roles")) {
                    var name = String.valueOf(string(role, "name"));
                    if (!roles.add(name) || name.startsWith("pg_") || name.startsWith("cnpg_")
                            || Set.of("postgres", "streaming_replica").contains(name)) {
                        problems.add(what + ": managed role " + name + " (unique, not reserved)");
                    }
                    if (at(role, "connectionLimit") instanceof Integer limit && limit < -1) {
                        problems.add(what + ": role " + name + " connectionLimit " + limit);
                    }
                }
                list(spec, "plugins").stream().filter(p -> string(p, "name") == null)
                        .forEach(p -> problems.add(what + ": a plugin without a name"));
            }
            case "Database" -> {
                if (string(spec, "name") == null || string(spec, "owner") == null) {
                    problems.add(what + ": spec.name and spec.owner");
                }
                cluster(manifests, object, problems);
            }
            case "ScheduledBackup" -> {
                cluster(manifests, object, problems);
                if (string(spec, "schedule") == null || string(spec, "schedule").trim().split("\\s+").length != 6) {
                    problems.add(what + ": schedule is six fields, seconds first: " + string(spec, "schedule"));
                }
                var method = string(spec, "method");
                if (method != null && !BACKUP_METHODS.contains(method)) {
                    problems.add(what + ": method " + method);
                }
                if ("plugin".equals(method) && string(spec, "pluginConfiguration", "name") == null) {
                    problems.add(what + ": method plugin without pluginConfiguration.name");
                }
            }
            case "ObjectStore" -> {
                if (string(spec, "configuration", "destinationPath") == null) {
                    problems.add(what + ": spec.configuration.destinationPath");
                }
                if (string(spec, "configuration", "serverName") != null) {
                    problems.add(what + ": serverName belongs in the Cluster's plugin parameters");
                }
                var retention = string(spec, "retentionPolicy");
                if (retention != null && !retention.matches("[1-9][0-9]*[dwm]")) {
                    problems.add(what + ": retentionPolicy " + retention);
                }
            }
            case "PrometheusRule" -> {
                if (list(spec, "groups").isEmpty()) {
                    problems.add(what + ": spec.groups");
                }
                for (var group : list(spec, "groups")) {
                    if (string(group, "name") == null || list(group, "rules").isEmpty()) {
                        problems.add(what + ": a group without a name or rules");
                    }
                    for (var rule : list(group, "rules")) {
                        if ((string(rule, "alert") == null) == (string(rule, "record") == null)
                                || string(rule, "expr") == null) {
                            problems.add(what + ": a rule needs expr and one of alert, record");
                        }
                        var duration = string(rule, "for");
                        if (duration != null && !duration.matches("([0-9]+(ms|s|m|h|d|w|y))+")) {
                            problems.add(what + ": for " + duration);
                        }
                    }
                }
            }
            case "ServiceMonitor", "PodMonitor" -> {
                var endpoints = list(spec, Manifests.kind(object).equals("ServiceMonitor")
                        ? "endpoints" : "podMetricsEndpoints");
                if (map(spec, "selector").isEmpty() || endpoints.isEmpty()
                        || endpoints.stream().anyMatch(e -> string(e, "port") == null)) {
                    problems.add(what + ": a selector and endpoints, each naming its port");
                }
            }
            default -> {
            }
        }
        return problems;
    }

    private static void clusterLabel(Manifests manifests, Map<String, Object> object, List<String> problems) {
        var cluster = string(object, "metadata", "labels", "strimzi.io/cluster");
        if (cluster == null || manifests.find("Kafka", cluster).isEmpty()) {
            problems.add(Manifests.describe(object) + ": label strimzi.io/cluster names no rendered Kafka: " + cluster);
        }
    }

    private static void cluster(Manifests manifests, Map<String, Object> object, List<String> problems) {
        var cluster = string(object, "spec", "cluster", "name");
        if (cluster == null || manifests.find("Cluster", cluster).isEmpty()) {
            problems.add(Manifests.describe(object) + ": spec.cluster.name names no rendered Cluster: " + cluster);
        }
    }
}
