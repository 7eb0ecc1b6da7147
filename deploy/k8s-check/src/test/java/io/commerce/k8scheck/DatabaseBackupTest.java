package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Prod's database archives its WAL and takes a base backup every night through the Barman Cloud plugin, and the
 * restore that deploy/k8s/README.md writes down renders into a cluster recovering from that archive.
 */
class DatabaseBackupTest {

    private static final String PLUGIN = "barman-cloud.cloudnative-pg.io";
    private static final String RESTORE = "deploy/k8s/components/restore-db";

    private static Map<String, Object> cluster(Manifests manifests) {
        return manifests.ofKind("Cluster").getFirst();
    }

    private static Map<String, Object> archiver(Map<String, Object> cluster) {
        return list(cluster, "spec", "plugins").stream().map(p -> map(p))
                .filter(p -> PLUGIN.equals(string(p, "name")) && Boolean.TRUE.equals(at(p, "isWALArchiver")))
                .findFirst().orElseThrow(() -> new AssertionError(Manifests.describe(cluster)
                        + " archives no WAL through " + PLUGIN));
    }

    /** Where a cluster archives: the plugin's serverName, or the cluster's name. */
    private static String serverName(Map<String, Object> cluster) {
        return Objects.requireNonNullElse(string(archiver(cluster), "parameters", "serverName"),
                Manifests.name(cluster));
    }

    @Test
    void theWalIsArchivedAndABaseBackupTakenEveryNight() {
        var prod = Kustomize.overlay("prod");
        var cluster = cluster(prod);
        var storeName = string(archiver(cluster), "parameters", "barmanObjectName");
        var store = prod.find("ObjectStore", storeName).orElseThrow(() -> new AssertionError(
                "no ObjectStore " + storeName));
        assertThat(string(store, "spec", "configuration", "destinationPath")).matches("(s3|gs|https)://.+");
        assertThat(map(store, "spec", "configuration", "s3Credentials")).as("credentials from a Secret").isNotEmpty();
        assertThat(string(store, "spec", "retentionPolicy")).as("old backups are deleted").isNotBlank();
        assertThat(map(cluster, "spec")).as("the deprecated in-tree backup").doesNotContainKey("backup");

        assertThat(prod.ofKind("ScheduledBackup")).as("a schedule for %s", Manifests.name(cluster)).anySatisfy(b -> {
            assertThat(string(b, "spec", "cluster", "name")).isEqualTo(Manifests.name(cluster));
            assertThat(string(b, "spec", "method")).isEqualTo("plugin");
            assertThat(string(b, "spec", "pluginConfiguration", "name")).isEqualTo(PLUGIN);
            var fields = string(b, "spec", "schedule").split("\\s+");
            assertThat(fields).as("seconds, minutes, hours, and every day").hasSize(6);
            assertThat(fields[3]).isEqualTo("*");
        });
    }

    @Test
    void theRestoreComponentRecoversAFreshClusterFromTheSameArchiveAndArchivesElsewhere() throws IOException {
        var prod = Kustomize.overlay("prod");
        var dir = Repo.path("deploy/k8s-check/target/restore-overlay");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                components:
                  - %s
                """.formatted(dir.relativize(Repo.path("deploy/k8s/overlays/prod")),
                dir.relativize(Repo.path(RESTORE))));
        var restored = Manifests.parse("prod with " + RESTORE, Kustomize.render(dir));

        var before = cluster(prod);
        var after = cluster(restored);
        assertThat(Manifests.name(after)).as("the same name: services, Databases and backups carry on")
                .isEqualTo(Manifests.name(before));
        assertThat(map(after, "spec", "bootstrap")).containsOnlyKeys("recovery");
        var source = string(after, "spec", "bootstrap", "recovery", "source");
        var origin = list(after, "spec", "externalClusters").stream().map(c -> map(c))
                .filter(c -> source.equals(string(c, "name"))).findFirst().orElseThrow();
        assertThat(string(origin, "plugin", "name")).isEqualTo(PLUGIN);
        assertThat(string(origin, "plugin", "parameters", "barmanObjectName"))
                .isEqualTo(string(archiver(before), "parameters", "barmanObjectName"));
        assertThat(string(origin, "plugin", "parameters", "serverName")).as("reads where prod archives")
                .isEqualTo(serverName(before));
        assertThat(serverName(after)).as("archives into an empty place of its own").isNotEqualTo(serverName(before));

        assertThat(restored.objects()).as("nothing else changes").hasSameSizeAs(prod.objects());
        for (var object : prod.objects()) {
            if (!"Cluster".equals(Manifests.kind(object))) {
                assertThat(restored.find(Manifests.kind(object), Manifests.name(object))).contains(object);
            }
        }
    }

    @Test
    void theReadmeWritesTheRestoreDown() {
        var readme = Repo.read(Repo.path("deploy/k8s/README.md"));
        assertThat(readme).contains("### Restoring the database");
        var section = readme.substring(readme.indexOf("### Restoring the database"));
        assertThat(section).as("deploy/k8s/README.md, Restoring the database")
                .contains("kubectl -n commerce delete cluster " + Manifests.name(cluster(Kustomize.overlay("prod"))))
                .contains("components/restore-db", "recoveryTarget", "kubectl apply -k deploy/k8s/overlays/prod");
    }
}
