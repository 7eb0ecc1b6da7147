package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a workload's containers see: resolved environment, ports, labels. */
final class Workloads {

    /** A secretKeyRef resolves to this prefix and "name/key": its value is not the manifests' business. */
    static final String SECRET_REF = "secretKeyRef:";
    /** A reference to a ConfigMap or key the overlay does not render. */
    static final String UNRESOLVED = "unresolved:";

    private static final Pattern DEPENDENT = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    private Workloads() {
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        return map(workload, "spec", "template", "spec");
    }

    static Map<String, Object> podLabels(Map<String, Object> workload) {
        return map(workload, "spec", "template", "metadata", "labels");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(Map<String, Object> workload) {
        return (List<Map<String, Object>>) (List<?>) list(podSpec(workload), "containers");
    }

    static Map<String, Object> container(Map<String, Object> workload) {
        return containers(workload).getFirst();
    }

    /** Named container ports of the first container, name to number. */
    static Map<String, Integer> ports(Map<String, Object> workload) {
        var ports = new LinkedHashMap<String, Integer>();
        for (var port : list(container(workload), "ports")) {
            ports.put(string(port, "name"), Integer.valueOf(string(port, "containerPort")));
        }
        return ports;
    }

    /** The first container's environment as the kubelet builds it: envFrom first, then env with $(VAR) expanded. */
    static Map<String, String> environment(Manifests manifests, Map<String, Object> workload) {
        var environment = new LinkedHashMap<String, String>();
        var container = container(workload);
        for (var source : list(container, "envFrom")) {
            var configMap = string(source, "configMapRef", "name");
            if (configMap != null) {
                manifests.find("ConfigMap", configMap).ifPresentOrElse(
                        cm -> map(cm, "data").forEach((k, v) -> environment.put(k, String.valueOf(v))),
                        () -> environment.put(UNRESOLVED + "envFrom", "ConfigMap " + configMap));
            }
        }
        for (var variable : list(container, "env")) {
            var name = string(variable, "name");
            var value = string(variable, "value");
            if (value != null) {
                environment.put(name, expand(value, environment));
                continue;
            }
            var configMapKey = map(variable, "valueFrom", "configMapKeyRef");
            var secretKey = map(variable, "valueFrom", "secretKeyRef");
            if (!configMapKey.isEmpty()) {
                var cmName = string(configMapKey, "name");
                var key = string(configMapKey, "key");
                var resolved = manifests.find("ConfigMap", cmName).map(cm -> map(cm, "data").get(key));
                environment.put(name, resolved.isPresent() && resolved.get() != null
                        ? String.valueOf(resolved.get()) : UNRESOLVED + "ConfigMap " + cmName + " key " + key);
            } else if (!secretKey.isEmpty()) {
                environment.put(name, SECRET_REF + string(secretKey, "name") + "/" + string(secretKey, "key"));
            } else {
                environment.put(name, UNRESOLVED + "no value");
            }
        }
        return environment;
    }

    private static String expand(String value, Map<String, String> defined) {
        Matcher matcher = DEPENDENT.matcher(value);
        var out = new StringBuilder();
        while (matcher.find()) {
            var replacement = defined.getOrDefault(matcher.group(1), matcher.group(0));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Whether a label selector (matchLabels and matchExpressions In/NotIn/Exists/DoesNotExist) selects these labels. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        for (var entry : map(selector, "matchLabels").entrySet()) {
            if (!String.valueOf(entry.getValue()).equals(String.valueOf(labels.get(entry.getKey())))) {
                return false;
            }
        }
        for (var expression : list(selector, "matchExpressions")) {
            var key = string(expression, "key");
            var values = list(expression, "values").stream().map(String::valueOf).toList();
            var present = labels.containsKey(key);
            var value = String.valueOf(labels.get(key));
            var ok = switch (String.valueOf(string(expression, "operator"))) {
                case "In" -> present && values.contains(value);
                case "NotIn" -> !present || !values.contains(value);
                case "Exists" -> present;
                case "DoesNotExist" -> !present;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
