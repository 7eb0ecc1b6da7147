package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The five services are one shared service, deploy/k8s/components/service, that each names and gives its port and
 * database (deploy/k8s/base/&lt;name&gt;/). Everything else the component holds must reach every service's
 * Deployment, Service, autoscaler and disruption budget unchanged, in the base the overlays build on; a service may
 * add to it (product-service's data platform URL), never drop or change it.
 */
class SharedServiceTest {

    private static final String COMPONENT = "deploy/k8s/components/service/service.yaml";
    private static final String NAME_LABEL = "app.kubernetes.io/name";

    /** Where the component leaves a value to each service (a path in its objects), and what that value must be. */
    private static final Map<String, BiFunction<Repo.App, Object, Object>> EACH_SERVICE = eachService();

    private static Map<String, BiFunction<Repo.App, Object, Object>> eachService() {
        var slots = new LinkedHashMap<String, BiFunction<Repo.App, Object, Object>>();
        for (var name : List.of("metadata/name", "metadata/labels/" + NAME_LABEL,
                "spec/selector/matchLabels/" + NAME_LABEL, "spec/template/metadata/labels/" + NAME_LABEL,
                "spec/template/spec/containers/0/name", "spec/selector/" + NAME_LABEL, "spec/scaleTargetRef/name")) {
            slots.put(name, (app, shared) -> app.name());
        }
        slots.put("spec/template/spec/containers/0/image",
                (app, shared) -> shared.toString().replace("commerce/service:", "commerce/" + app.name() + ":"));
        slots.put("spec/template/spec/containers/0/ports/0/containerPort", (app, shared) -> app.port());
        slots.put("spec/template/spec/containers/0/env/0/value", (app, shared) -> String.valueOf(app.port()));
        slots.put("spec/template/spec/containers/0/env/2/value",
                (app, shared) -> "jdbc:postgresql://$(DATABASE_HOST):5432/" + app.database().orElseThrow());
        slots.put("spec/ports/0/port", (app, shared) -> app.port());
        return slots;
    }

    private static List<Repo.App> services() {
        return Repo.apps().stream().filter(app -> !app.isGateway()).toList();
    }

    private static Manifests component() {
        return Manifests.parse("components/service", Repo.read(Repo.path(COMPONENT)));
    }

    @Test
    void theComponentHoldsADeploymentServiceAutoscalerAndDisruptionBudget() {
        assertThat(component().objects()).extracting(Manifests::kind)
                .containsExactlyInAnyOrder("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget");
        assertThat(services()).extracting(Repo.App::name).hasSize(5).allMatch(name -> name.endsWith("-service"));
    }

    @Test
    void everyServiceHasWhatTheSharedServiceGivesItAndItsOwnNamePortAndDatabaseWhereItLeavesThem() {
        var base = Kustomize.base();
        var problems = new ArrayList<String>();
        for (var app : services()) {
            var found = new ArrayList<String>();
            var filled = new TreeSet<String>();
            for (var shared : component().objects()) {
                var own = base.find(Manifests.kind(shared), app.name());
                if (own.isEmpty()) {
                    found.add("no " + Manifests.kind(shared));
                    continue;
                }
                compare(shared, own.get(), "", app, base, found, filled);
            }
            if (!filled.equals(new TreeSet<>(EACH_SERVICE.keySet()))) {
                found.add("sets " + filled + ", expected " + new TreeSet<>(EACH_SERVICE.keySet()));
            }
            found.forEach(problem -> problems.add(app.name() + ": " + problem));
        }
        assertThat(problems).as("the services against %s", COMPONENT).isEmpty();
    }

    @Test
    void aServiceThatDropsOrChangesWhatItShouldShareOrKeepsAPlaceholderIsCaught() {
        var app = services().stream().filter(a -> a.name().equals("balance-service")).findFirst().orElseThrow();
        var shared = component().find("Deployment", "service").orElseThrow();
        var base = Kustomize.base();
        var rendered = base.find("Deployment", app.name()).orElseThrow();
        assertThat(problems(shared, rendered, app)).as("the rendered Deployment as it is").isEmpty();

        var pulledAlways = deepCopy(rendered);
        map(Workloads.container(pulledAlways)).put("imagePullPolicy", "Always");
        assertThat(problems(shared, pulledAlways, app)).singleElement().asString().contains("imagePullPolicy");

        var withoutPassword = deepCopy(rendered);
        var env = list(Workloads.container(withoutPassword), "env");
        env.removeIf(variable -> "DATABASE_PASSWORD".equals(map(variable).get("name")));
        assertThat(problems(shared, withoutPassword, app)).isNotEmpty().first().asString().contains("env");

        var placeholderPort = deepCopy(rendered);
        map(list(Workloads.container(placeholderPort), "ports").getFirst()).put("containerPort", 0);
        assertThat(problems(shared, placeholderPort, app)).singleElement().asString().contains("containerPort");
    }

    private static List<String> problems(Map<String, Object> shared, Map<String, Object> own, Repo.App app) {
        var problems = new ArrayList<String>();
        compare(shared, own, "", app, Kustomize.base(), problems, new TreeSet<>());
        return problems;
    }

    /**
     * Whether {@code own} has everything {@code shared} has at {@code path}: a mapping may hold more keys, a list more
     * items after the shared ones (in the same order: the services' patches and $(VAR) references count on it). A
     * generated ConfigMap is referred to by its rendered name, with the hash of its content appended.
     */
    private static void compare(Object shared, Object own, String path, Repo.App app, Manifests rendered,
            List<String> problems, Set<String> filled) {
        var slot = EACH_SERVICE.get(path);
        if (slot != null) {
            filled.add(path);
            var expected = slot.apply(app, shared);
            if (!expected.equals(own)) {
                problems.add(path + ": " + own + ", expected " + expected);
            }
            return;
        }
        if (shared instanceof Map<?, ?> sharedMap) {
            if (!(own instanceof Map<?, ?> ownMap)) {
                problems.add(path + ": " + own + ", expected a mapping");
                return;
            }
            sharedMap.forEach((key, value) ->
                    compare(value, ownMap.get(key), path.isEmpty() ? key.toString() : path + "/" + key, app, rendered,
                            problems, filled));
        } else if (shared instanceof List<?> sharedList) {
            if (!(own instanceof List<?> ownList) || ownList.size() < sharedList.size()) {
                problems.add(path + ": " + own + ", expected at least " + sharedList);
                return;
            }
            for (int i = 0; i < sharedList.size(); i++) {
                compare(sharedList.get(i), ownList.get(i), path + "/" + i, app, rendered, problems, filled);
            }
        } else if (!Objects.equals(shared, own) && !isGeneratedConfigMap(path, shared, own, rendered)) {
            problems.add(path + ": " + own + ", expected " + shared);
        }
    }

    private static boolean isGeneratedConfigMap(String path, Object shared, Object own, Manifests rendered) {
        return (path.endsWith("configMapRef/name") || path.endsWith("configMapKeyRef/name"))
                && own instanceof String name && name.startsWith(shared + "-")
                && rendered.find("ConfigMap", name).isPresent();
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(k.toString(), deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) new ArrayList<>(list.stream().map(SharedServiceTest::deepCopy).toList());
        }
        return value;
    }
}
