package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Prod runs what was tested: every image a release version or a digest, never a snapshot or a moving tag, pulled only
 * when the node does not have it; the operators' images pinned by the versions their resources name.
 */
class PinnedImagesTest {

    /**
     * [registry[:port]/]name:1.2.3, with an optional suffix after a hyphen (-alpine, -minimal-trixie), or
     * name@sha256:...
     */
    private static final Pattern PINNED = Pattern.compile(
            "(?:[^/:@]+(?::[0-9]+)?/)?[^:@]+(?::[0-9]+(?:\\.[0-9]+)+(?:-[a-z0-9.-]+)?|@sha256:[0-9a-f]{64})");

    @Test
    void everyContainerOfProdRunsAReleaseVersionPulledIfNotPresent() {
        var prod = Kustomize.overlay("prod");
        var images = new ArrayList<String>();
        for (var kind : List.of("Deployment", "StatefulSet")) {
            for (var workload : prod.ofKind(kind)) {
                for (var container : Workloads.containers(workload)) {
                    var image = string(container, "image");
                    images.add(image);
                    assertThat(image).as("%s image", Manifests.describe(workload)).matches(PINNED)
                            .doesNotContainIgnoringCase("snapshot").doesNotContain(":latest");
                    assertThat(string(container, "imagePullPolicy")).as("%s imagePullPolicy",
                            Manifests.describe(workload)).isEqualTo("IfNotPresent");
                }
            }
        }
        assertThat(images).as("the applications' images").hasSizeGreaterThanOrEqualTo(Repo.apps().size());
    }

    @Test
    void theOperatorsRunPinnedVersionsToo() {
        var prod = Kustomize.overlay("prod");
        for (var cluster : prod.ofKind("Cluster")) {
            assertThat(string(cluster, "spec", "imageName")).as("%s imageName", Manifests.describe(cluster))
                    .matches(PINNED);
            assertThat(string(cluster, "spec", "imagePullPolicy")).isIn(null, "IfNotPresent");
        }
        for (var kafka : prod.ofKind("Kafka")) {
            assertThat(string(kafka, "spec", "kafka", "version")).as("%s version: Strimzi's image for it",
                    Manifests.describe(kafka)).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
            var image = string(kafka, "spec", "kafka", "image");
            if (image != null) {
                assertThat(image).matches(PINNED);
            }
        }
    }

    @Test
    void thePatternRefusesWhatMoves() {
        assertThat("registry.example.com/commerce/gateway:0.1.0").matches(PINNED);
        assertThat("redis:7.4.2-alpine").matches(PINNED);
        assertThat("ghcr.io/cloudnative-pg/postgresql:17.6-minimal-trixie").matches(PINNED);
        assertThat("registry.example.com/commerce/gateway@sha256:" + "a".repeat(64)).matches(PINNED);
        assertThat("registry.example.com:5000/commerce/gateway:1.2.3").matches(PINNED);
        for (var moving : List.of("commerce/gateway:0.1.0-SNAPSHOT", "postgres:17", "redis", "redis:latest",
                "registry.example.com:5000/commerce/gateway")) {
            var pinned = PINNED.matcher(moving).matches() && !moving.toLowerCase().contains("snapshot");
            assertThat(pinned).as(moving).isFalse();
        }
    }
}
