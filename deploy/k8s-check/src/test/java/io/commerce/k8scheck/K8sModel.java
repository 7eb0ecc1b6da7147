package io.commerce.k8scheck;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of built-in kinds with the fabric8 Kubernetes model. Jackson refuses wrong types and unknown
 * properties; fabric8's classes swallow unknown properties into an "additionalProperties" map instead of
 * failing, so every such map in the parsed tree must be empty too.
 */
final class K8sModel {

    static final Map<String, Class<?>> BUILT_IN = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class));

    /**
     * Custom resources the overlays may use, kind to the apiVersion to write them in: the one their operators store
     * (Strimzi's v1, served since 0.49 and the only one since 1.0).
     */
    static final Map<String, String> CUSTOM = Map.ofEntries(
            Map.entry("Kafka", "kafka.strimzi.io/v1"),
            Map.entry("KafkaNodePool", "kafka.strimzi.io/v1"),
            Map.entry("KafkaTopic", "kafka.strimzi.io/v1"),
            Map.entry("KafkaUser", "kafka.strimzi.io/v1"),
            Map.entry("Cluster", "postgresql.cnpg.io/v1"),
            Map.entry("Database", "postgresql.cnpg.io/v1"),
            Map.entry("ScheduledBackup", "postgresql.cnpg.io/v1"),
            Map.entry("ObjectStore", "barmancloud.cnpg.io/v1"),
            Map.entry("ServiceMonitor", "monitoring.coreos.com/v1"),
            Map.entry("PodMonitor", "monitoring.coreos.com/v1"),
            Map.entry("PrometheusRule", "monitoring.coreos.com/v1"));

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private K8sModel() {
    }

    static boolean isBuiltIn(Map<String, Object> object) {
        return BUILT_IN.containsKey(Manifests.apiVersion(object) + "/" + Manifests.kind(object));
    }

    static <T> T read(Map<String, Object> object, Class<T> type) {
        return MAPPER.convertValue(object, type);
    }

    /** What is wrong with one built-in object, empty when it reads strictly. */
    static List<String> strictProblems(Map<String, Object> object) {
        var key = Manifests.apiVersion(object) + "/" + Manifests.kind(object);
        var type = BUILT_IN.get(key);
        if (type == null) {
            return List.of(Manifests.describe(object) + ": " + key + " is not a built-in kind these checks know");
        }
        Object parsed;
        try {
            parsed = MAPPER.convertValue(object, type);
        } catch (IllegalArgumentException e) {
            return List.of(Manifests.describe(object) + ": does not read as " + type.getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        var problems = new ArrayList<String>();
        walk(parsed, Manifests.describe(object), problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return problems;
    }

    private static void walk(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        if (value instanceof Collection<?> collection) {
            var i = 0;
            for (var item : collection) {
                walk(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.") || !seen.add(value)) {
            return;
        }
        for (var type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + extra.keySet());
                    }
                    continue;
                }
                walk(fieldValue, path + "." + field.getName(), problems, seen);
            }
        }
    }
}
