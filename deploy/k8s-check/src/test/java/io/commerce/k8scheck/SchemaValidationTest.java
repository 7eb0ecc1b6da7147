package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered object against the Kubernetes model, without a cluster. */
class SchemaValidationTest {

    /**
     * Named in deploy/k8s/README.md as created out of band; everything else referenced must be rendered, or be made by
     * an operator from a rendered resource ({@link #madeByOperators}).
     */
    private static final Map<String, Set<String>> OUT_OF_BAND = Map.of(
            "local", Set.of("ConfigMap/commerce-dev-jwks"),
            "prod", Set.of("Secret/balance-service-db", "Secret/product-service-db", "Secret/coupon-service-db",
                    "Secret/order-service-db", "Secret/dataplatform-service-db",
                    "Secret/commerce-db-backup-credentials", "Secret/commerce-api-tls"));

    static Iterable<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyObjectIsAKnownBuiltInOrCustomKind(String overlay) {
        var problems = new ArrayList<String>();
        for (var object : Kustomize.overlay(overlay).objects()) {
            var kind = Manifests.kind(object);
            if (K8sModel.CUSTOM.containsKey(kind)) {
                if (!K8sModel.CUSTOM.get(kind).equals(Manifests.apiVersion(object))) {
                    problems.add(Manifests.describe(object) + ": apiVersion " + Manifests.apiVersion(object)
                            + ", expected " + K8sModel.CUSTOM.get(kind));
                }
            } else if (!K8sModel.isBuiltIn(object)) {
                problems.add(Manifests.describe(object) + ": unexpected " + Manifests.apiVersion(object) + " " + kind);
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void builtInObjectsReadStrictlyWithTheKubernetesModel(String overlay) {
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var object : Kustomize.overlay(overlay).objects()) {
            if (K8sModel.isBuiltIn(object)) {
                problems.addAll(K8sModel.strictProblems(object));
                checked++;
            }
        }
        assertThat(checked).as("built-in objects in %s", overlay).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void theStrictReaderCatchesAMisspelledFieldAndAWrongType() {
        var deployment = Kustomize.overlay("local").find("Deployment", "order-service").orElseThrow();
        assertThat(K8sModel.strictProblems(deployment)).isEmpty();

        var misspelled = deepCopy(deployment);
        ((Map<String, Object>) Workloads.container(misspelled)).put("imagePullPolcy", "Always");
        assertThat(K8sModel.strictProblems(misspelled)).singleElement().asString().contains("imagePullPolcy");

        var misplaced = deepCopy(deployment);
        map(misplaced, "spec").put("containers", List.of());
        assertThat(K8sModel.strictProblems(misplaced)).singleElement().asString().contains("containers");

        var wrongType = deepCopy(deployment);
        map(wrongType, "spec").put("revisionHistoryLimit", "three");
        assertThat(K8sModel.strictProblems(wrongType)).singleElement().asString().contains("does not read");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void requiredFieldsArePresent(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        var problems = new ArrayList<String>();
        for (var object : manifests.objects()) {
            var what = Manifests.describe(object);
            var spec = map(object, "spec");
            switch (Manifests.kind(object)) {
                case "Deployment", "StatefulSet" -> {
                    var selector = map(spec, "selector");
                    if (map(selector, "matchLabels").isEmpty()) {
                        problems.add(what + ": spec.selector.matchLabels");
                    }
                    if (!Workloads.selects(selector, Workloads.podLabels(object))) {
                        problems.add(what + ": selector does not match the pod template's labels");
                    }
                    if (Workloads.containers(object).isEmpty()) {
                        problems.add(what + ": no containers");
                    }
                    for (var container : Workloads.containers(object)) {
                        if (string(container, "name") == null || string(container, "image") == null) {
                            problems.add(what + ": container without name or image");
                        }
                        for (var probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                            var handlers = map(container, probe).keySet().stream()
                                    .filter(Set.of("httpGet", "tcpSocket", "exec", "grpc")::contains).count();
                            if (!map(container, probe).isEmpty() && handlers != 1) {
                                problems.add(what + ": " + probe + " needs exactly one handler");
                            }
                            var port = at(container, probe, "httpGet", "port");
                            if (port instanceof String named && !Workloads.ports(object).containsKey(named)) {
                                problems.add(what + ": " + probe + " uses undeclared port " + named);
                            }
                        }
                    }
                    if (Manifests.kind(object).equals("StatefulSet")
                            && manifests.find("Service", string(spec, "serviceName")).isEmpty()) {
                        problems.add(what + ": serviceName names no Service");
                    }
                }
                case "Service" -> {
                    if (list(spec, "ports").isEmpty()) {
                        problems.add(what + ": no ports");
                    }
                    var backing = manifests.ofKind("Deployment").stream().filter(d -> !map(spec, "selector").isEmpty()
                            && map(spec, "selector").entrySet().stream().allMatch(e ->
                            String.valueOf(e.getValue()).equals(String.valueOf(Workloads.podLabels(d).get(e.getKey())))))
                            .toList();
                    var statefulBacking = manifests.ofKind("StatefulSet").stream().filter(d -> map(spec, "selector")
                            .entrySet().stream().allMatch(e -> String.valueOf(e.getValue())
                                    .equals(String.valueOf(Workloads.podLabels(d).get(e.getKey()))))).toList();
                    var workloads = new ArrayList<Map<String, Object>>(backing);
                    workloads.addAll(statefulBacking);
                    if (workloads.isEmpty()) {
                        problems.add(what + ": selects no pods");
                    }
                    for (var port : list(spec, "ports")) {
                        if (at(port, "port") == null) {
                            problems.add(what + ": a port without a number");
                        }
                        if (at(port, "targetPort") instanceof String named && workloads.stream()
                                .anyMatch(w -> !Workloads.ports(w).containsKey(named))) {
                            problems.add(what + ": targetPort " + named + " is not a container port");
                        }
                    }
                }
                case "HorizontalPodAutoscaler" -> {
                    var target = map(spec, "scaleTargetRef");
                    if (manifests.find(String.valueOf(target.get("kind")), String.valueOf(target.get("name"))).isEmpty()) {
                        problems.add(what + ": scaleTargetRef names nothing rendered");
                    }
                    var max = (Integer) at(spec, "maxReplicas");
                    var min = at(spec, "minReplicas") instanceof Integer i ? i : 1;
                    if (max == null || min < 1 || max < min) {
                        problems.add(what + ": replicas bounds " + min + ".." + max);
                    }
                    if (list(spec, "metrics").isEmpty()) {
                        problems.add(what + ": no metrics");
                    }
                }
                case "PodDisruptionBudget" -> {
                    if ((at(spec, "minAvailable") == null) == (at(spec, "maxUnavailable") == null)) {
                        problems.add(what + ": exactly one of minAvailable and maxUnavailable");
                    }
                    if (manifests.ofKind("Deployment").stream()
                            .noneMatch(d -> Workloads.selects(map(spec, "selector"), Workloads.podLabels(d)))) {
                        problems.add(what + ": selects no Deployment's pods");
                    }
                }
                case "NetworkPolicy" -> {
                    if (!spec.containsKey("podSelector")) {
                        problems.add(what + ": spec.podSelector is required");
                    }
                }
                case "Ingress" -> {
                    if (list(spec, "rules").isEmpty()) {
                        problems.add(what + ": no rules");
                    }
                    for (var rule : list(spec, "rules")) {
                        for (var path : list(rule, "http", "paths")) {
                            var service = string(path, "backend", "service", "name");
                            var portName = string(path, "backend", "service", "port", "name");
                            if (string(path, "pathType") == null || string(path, "path") == null) {
                                problems.add(what + ": path without path or pathType");
                            }
                            var backend = manifests.find("Service", String.valueOf(service));
                            if (backend.isEmpty() || list(backend.get(), "spec", "ports").stream()
                                    .noneMatch(p -> String.valueOf(portName).equals(string(p, "name")))) {
                                problems.add(what + ": backend " + service + ":" + portName + " is not a Service port");
                            }
                        }
                    }
                }
                default -> problems.addAll(CustomResources.problems(manifests, object));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCustomResourceChecksCatchAnOldAclAndAnUnknownOperation() {
        var user = Kustomize.overlay("prod").ofKind("KafkaUser").getFirst();
        assertThat(CustomResources.problems(Kustomize.overlay("prod"), user)).isEmpty();

        var old = deepCopy(user);
        var acl = map(list(old, "spec", "authorization", "acls").getFirst());
        acl.put("operation", acl.remove("operations"));
        assertThat(CustomResources.problems(Kustomize.overlay("prod"), old)).isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("operations"));

        var unknown = deepCopy(user);
        map(list(unknown, "spec", "authorization", "acls").getFirst()).put("operations", List.of("Produce"));
        assertThat(CustomResources.problems(Kustomize.overlay("prod"), unknown)).singleElement().asString()
                .contains("Produce");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyReferencedConfigMapAndSecretIsRenderedOrDocumentedAsCreatedOutOfBand(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        var outOfBand = OUT_OF_BAND.getOrDefault(overlay, Set.of());
        var readme = Repo.read(Repo.path("deploy/k8s/README.md"));
        var problems = new ArrayList<String>();
        var made = madeByOperators(manifests);
        for (var reference : references(manifests)) {
            var kindAndName = reference.split("/", 2);
            if (manifests.find(kindAndName[0], kindAndName[1]).isEmpty() && !outOfBand.contains(reference)
                    && !made.contains(reference)) {
                problems.add(overlay + " references " + reference + ", which it neither renders nor documents");
            }
        }
        for (var documented : outOfBand) {
            if (!readme.contains(documented.split("/", 2)[1])) {
                problems.add("deploy/k8s/README.md does not tell how to create " + documented);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The Secrets Strimzi writes for rendered resources: a KafkaUser's credentials under its own name, a Kafka
     * cluster's CA certificate as {@code <cluster>-cluster-ca-cert}.
     */
    static Set<String> madeByOperators(Manifests manifests) {
        var made = new TreeSet<String>();
        manifests.ofKind("KafkaUser").forEach(user -> made.add("Secret/" + Manifests.name(user)));
        manifests.ofKind("Kafka").forEach(kafka -> made.add("Secret/" + Manifests.name(kafka) + "-cluster-ca-cert"));
        return made;
    }

    private static List<String> references(Manifests manifests) {
        var references = new ArrayList<String>();
        for (var kind : List.of("Deployment", "StatefulSet")) {
            for (var workload : manifests.ofKind(kind)) {
                var pod = Workloads.podSpec(workload);
                for (var volume : list(pod, "volumes")) {
                    if (string(volume, "configMap", "name") != null) {
                        references.add("ConfigMap/" + string(volume, "configMap", "name"));
                    }
                    if (string(volume, "secret", "secretName") != null) {
                        references.add("Secret/" + string(volume, "secret", "secretName"));
                    }
                }
                for (var container : Workloads.containers(workload)) {
                    for (var source : list(container, "envFrom")) {
                        if (string(source, "configMapRef", "name") != null) {
                            references.add("ConfigMap/" + string(source, "configMapRef", "name"));
                        }
                        if (string(source, "secretRef", "name") != null) {
                            references.add("Secret/" + string(source, "secretRef", "name"));
                        }
                    }
                    for (var variable : list(container, "env")) {
                        if (string(variable, "valueFrom", "configMapKeyRef", "name") != null) {
                            references.add("ConfigMap/" + string(variable, "valueFrom", "configMapKeyRef", "name"));
                        }
                        if (string(variable, "valueFrom", "secretKeyRef", "name") != null) {
                            references.add("Secret/" + string(variable, "valueFrom", "secretKeyRef", "name"));
                        }
                    }
                }
            }
        }
        for (var ingress : manifests.ofKind("Ingress")) {
            for (var tls : list(ingress, "spec", "tls")) {
                references.add("Secret/" + string(tls, "secretName"));
            }
        }
        for (var cluster : manifests.ofKind("Cluster")) {
            var secret = string(cluster, "spec", "bootstrap", "initdb", "secret", "name");
            if (secret != null) {
                references.add("Secret/" + secret);
            }
            for (var role : list(cluster, "spec", "managed", "roles")) {
                if (string(role, "passwordSecret", "name") != null) {
                    references.add("Secret/" + string(role, "passwordSecret", "name"));
                }
            }
        }
        for (var store : manifests.ofKind("ObjectStore")) {
            for (var credential : map(store, "spec", "configuration", "s3Credentials").values()) {
                if (string(credential, "name") != null) {
                    references.add("Secret/" + string(credential, "name"));
                }
            }
        }
        return references;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> source) {
        var copy = new LinkedHashMap<String, Object>();
        source.forEach((k, v) -> copy.put(k, copyValue(v)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return deepCopy((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(SchemaValidationTest::copyValue).toList());
        }
        return value;
    }
}
