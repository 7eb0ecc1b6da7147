package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A JVM keeps the memory it takes and sizes its heap from its container's limit, so every JVM requests exactly its
 * limit; and the applications' memory outside the heap that the JVM would otherwise let grow, direct buffers, is
 * bounded to fit beside the heap.
 */
class JvmMemoryTest {

    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)");
    private static final Pattern MAX_DIRECT = Pattern.compile("-XX:MaxDirectMemorySize=([0-9]+)([kmg])");

    static Iterable<String> overlays() {
        return Repo.overlays();
    }

    private static long bytes(String quantity) {
        return Quantity.getAmountInBytes(new Quantity(quantity)).longValue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyApplicationRequestsTheMemoryItIsLimitedTo(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        for (var app : Repo.apps()) {
            var container = Workloads.container(manifests.find("Deployment", app.name()).orElseThrow());
            assertThat(string(container, "resources", "requests", "memory")).as("%s memory request in %s", app.name(),
                    overlay).isNotNull().isEqualTo(string(container, "resources", "limits", "memory"));
        }
    }

    @Test
    void kafkasJvmsRequestTheMemoryTheyAreLimitedTo() {
        var prod = Kustomize.overlay("prod");
        var jvms = new ArrayList<Map<String, Object>>();
        prod.ofKind("KafkaNodePool").forEach(pool -> jvms.add(map(pool, "spec", "resources")));
        for (var kafka : prod.ofKind("Kafka")) {
            for (var operator : List.of("topicOperator", "userOperator")) {
                jvms.add(map(kafka, "spec", "entityOperator", operator, "resources"));
            }
        }
        assertThat(jvms).isNotEmpty().allSatisfy(resources ->
                assertThat(string(resources, "requests", "memory")).isNotNull()
                        .isEqualTo(string(resources, "limits", "memory")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void directMemoryIsBoundedToFitBesideTheHeap(String overlay) {
        var manifests = Kustomize.overlay(overlay);
        for (var app : Repo.apps()) {
            var deployment = manifests.find("Deployment", app.name()).orElseThrow();
            var environment = Workloads.environment(manifests, deployment);
            var options = environment.getOrDefault("JAVA_TOOL_OPTIONS", "") + " "
                    + environment.getOrDefault("JDK_JAVA_OPTIONS", "");
            var direct = MAX_DIRECT.matcher(options);
            assertThat(direct.find()).as("%s bounds its direct memory in %s (%s)", app.name(), overlay, options)
                    .isTrue();
            var directBytes = Long.parseLong(direct.group(1)) << switch (direct.group(2)) {
                case "k" -> 10;
                case "m" -> 20;
                default -> 30;
            };
            var heap = MAX_RAM_PERCENTAGE.matcher(options);
            assertThat(heap.find()).isTrue();
            var limit = bytes(string(Workloads.container(deployment), "resources", "limits", "memory"));
            var heapBytes = (long) (limit * Double.parseDouble(heap.group(1)) / 100);
            assertThat(heapBytes + directBytes).as("%s heap and direct buffers within the limit, with room for "
                    + "metaspace, code and stacks", app.name()).isLessThan(limit - (64L << 20));
        }
        var dockerfile = Repo.read(Repo.path("deploy/docker/Dockerfile"));
        assertThat(dockerfile).as("the java launcher, which reads JDK_JAVA_OPTIONS")
                .containsPattern("(?m)^ENTRYPOINT \\[\"java\",");
    }
}
