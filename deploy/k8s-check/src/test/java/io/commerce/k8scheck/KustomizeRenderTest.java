package io.commerce.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizeRenderTest {

    static Iterable<String> overlays() {
        return Repo.overlays();
    }

    @Test
    void theLocalAndProdOverlaysExist() {
        assertThat(Repo.overlays()).contains("local", "prod");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyOverlayRendersToNamedUniqueObjectsInOneNamespace(String overlay) {
        var manifests = Kustomize.overlay(overlay);

        assertThat(manifests.objects()).as("objects rendered by %s", overlay).isNotEmpty();
        var seen = new HashSet<String>();
        for (var object : manifests.objects()) {
            assertThat(Manifests.apiVersion(object)).as("apiVersion of %s", Manifests.describe(object)).isNotBlank();
            assertThat(Manifests.kind(object)).as("kind of an object in %s", overlay).isNotBlank();
            assertThat(Manifests.name(object)).as("metadata.name of a %s", Manifests.kind(object))
                    .isNotBlank().matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?").hasSizeLessThanOrEqualTo(253);
            var namespace = Manifests.Yaml2.string(object, "metadata", "namespace");
            if (!"Namespace".equals(Manifests.kind(object))) {
                assertThat(namespace).as("namespace of %s", Manifests.describe(object)).isEqualTo("commerce");
            }
            assertThat(seen.add(Manifests.kind(object) + "/" + namespace + "/" + Manifests.name(object)))
                    .as("%s is rendered once", Manifests.describe(object)).isTrue();
        }
        assertThat(manifests.find("Namespace", "commerce")).as("the commerce Namespace").isPresent();
    }

    @Test
    void aMachineWithoutKubectlFailsWithAClearMessage() throws Exception {
        var emptyDir = Files.createTempDirectory("no-kubectl");

        assertThat(Kustomize.locate(Map.of("PATH", emptyDir.toString()))).isEmpty();
        assertThat(Kustomize.locate(Map.of("KUBECTL", emptyDir.resolve("kubectl").toString(), "PATH", "/usr/bin")))
                .as("an explicit KUBECTL that does not exist is not silently replaced").isEmpty();
        assertThat(Kustomize.MISSING).contains("kubectl", "KUBECTL", "PATH");
    }

    @Test
    void aKustomizationThatDoesNotBuildFailsTheCheckWithKubectlsMessage() throws Exception {
        var broken = Files.createTempDirectory("broken-kustomization");
        Files.writeString(broken.resolve("kustomization.yaml"), "resources:\n  - does-not-exist.yaml\n");

        assertThatThrownBy(() -> Kustomize.render(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("kubectl kustomize")
                .hasMessageContaining("does-not-exist.yaml");
    }

    @Test
    void theRepositoryRootIsFoundFromTheModuleDirectory() {
        assertThat(Repo.root().resolve("deploy/k8s/base/kustomization.yaml")).isRegularFile();
        assertThat(Repo.findRoot(Repo.path("deploy/k8s-check"))).contains(Repo.root());
    }
}
