package io.commerce.k8scheck;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The objects one overlay renders to, as plain YAML trees. */
record Manifests(String overlay, List<Map<String, Object>> objects) {

    static Manifests parse(String overlay, String yaml) {
        var objects = new ArrayList<Map<String, Object>>();
        for (var document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map<?, ?> map)) {
                return fail(overlay + ": a rendered document is not a mapping: " + document);
            }
            objects.add(Yaml2.stringKeys(map));
        }
        return new Manifests(overlay, List.copyOf(objects));
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    static String kind(Map<String, Object> object) {
        return Objects.toString(object.get("kind"), null);
    }

    static String apiVersion(Map<String, Object> object) {
        return Objects.toString(object.get("apiVersion"), null);
    }

    static String name(Map<String, Object> object) {
        return Yaml2.string(object, "metadata", "name");
    }

    static String describe(Map<String, Object> object) {
        return kind(object) + "/" + name(object);
    }

    /** Small helpers for walking YAML trees. */
    static final class Yaml2 {

        private Yaml2() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> stringKeys(Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), normalise(v)));
            return copy;
        }

        private static Object normalise(Object value) {
            if (value instanceof Map<?, ?> map) {
                return stringKeys(map);
            }
            if (value instanceof List<?> list) {
                return list.stream().map(Yaml2::normalise).toList();
            }
            return value;
        }

        static Object at(Object root, Object... path) {
            var current = root;
            for (var step : path) {
                if (current instanceof Map<?, ?> map && step instanceof String key) {
                    current = map.get(key);
                } else if (current instanceof List<?> list && step instanceof Integer index) {
                    current = index < list.size() ? list.get(index) : null;
                } else {
                    return null;
                }
            }
            return current;
        }

        static String string(Object root, Object... path) {
            var value = at(root, path);
            return value == null ? null : value.toString();
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object root, Object... path) {
            return at(root, path) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object root, Object... path) {
            return at(root, path) instanceof List<?> list ? (List<Object>) list : List.of();
        }
    }
}
