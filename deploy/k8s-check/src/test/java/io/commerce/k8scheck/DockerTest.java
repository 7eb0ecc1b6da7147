package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Dockerfile and compose.yaml, read as text and YAML (no Docker engine needed). */
class DockerTest {

    private static Map<String, Object> compose() {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Repo.read(Repo.path("deploy/docker/compose.yaml")));
        assertThat(document).isInstanceOf(Map.class);
        return Manifests.Yaml2.stringKeys((Map<?, ?>) document);
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        var environment = new LinkedHashMap<String, String>();
        map(service, "environment").forEach((k, v) -> environment.put(k, String.valueOf(v)));
        return environment;
    }

    @Test
    void theDockerfileBuildsALayeredNonRootImageForAnyModule() {
        var dockerfile = Repo.read(Repo.path("deploy/docker/Dockerfile"));
        var lines = dockerfile.lines().map(String::strip).filter(l -> !l.startsWith("#")).toList();

        var froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(froms).as("stages").hasSizeGreaterThanOrEqualTo(2)
                .allMatch(l -> l.startsWith("FROM eclipse-temurin:") && l.contains("-jre"));
        assertThat(lines).contains("ARG MODULE");
        assertThat(lines).anyMatch(l -> l.startsWith("COPY ${MODULE}/target/${MODULE}-"));
        assertThat(lines).anyMatch(l -> l.startsWith("RUN java -Djarmode=tools -jar ")
                && l.contains(" extract ") && l.contains("--layers") && l.contains("--launcher"));

        var layerCopies = lines.stream().filter(l -> l.startsWith("COPY --from=")).toList();
        var layers = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(layerCopies).hasSize(layers.size());
        for (var i = 0; i < layers.size(); i++) {
            assertThat(layerCopies.get(i)).as("layer %d", i).contains("/" + layers.get(i) + "/");
        }
        var lastStage = lines.subList(lines.lastIndexOf(froms.getLast()), lines.size());
        var user = lastStage.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        assertThat(user).as("the runtime user").matches("USER [1-9][0-9]*(:[1-9][0-9]*)?");
        assertThat(lastStage).anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("org.springframework.boot.loader.launch.JarLauncher"));
    }

    @Test
    void composeStartsPostgresKafkaAndEveryApplication() {
        var services = map(compose(), "services");
        assertThat(services).containsKeys("postgres", "kafka");
        for (var app : Repo.apps()) {
            assertThat(services).containsKey(app.name());
        }

        var postgres = map(services, "postgres");
        assertThat(string(postgres, "image")).startsWith("postgres:17");
        var init = list(postgres, "volumes").stream().map(String::valueOf)
                .filter(v -> v.contains("/docker-entrypoint-initdb.d")).toList();
        assertThat(init).singleElement();
        var script = Repo.path("deploy/docker").resolve(init.getFirst().split(":")[0]).normalize();
        assertThat(script).isRegularFile();
        assertThat(InfrastructureTest.createdDatabases(Repo.read(script))).containsAll(InfrastructureTest.databases());

        var kafka = environment(map(services, "kafka"));
        assertThat(string(map(services, "kafka"), "image")).startsWith("apache/kafka:");
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).contains("broker", "controller");
        assertThat(kafka).containsKey("KAFKA_CONTROLLER_QUORUM_VOTERS");
    }

    @Test
    void composeBuildsEachApplicationFromItsModuleAndWiresItsEnvironment() {
        var services = map(compose(), "services");
        var apps = Repo.apps();
        var postgresUser = environment(map(services, "postgres")).get("POSTGRES_USER");
        for (var app : apps) {
            var service = map(services, app.name());
            var context = Repo.path("deploy/docker").resolve(string(service, "build", "context")).normalize();
            assertThat(context).as("%s build context", app.name()).isEqualTo(Repo.root());
            assertThat(context.resolve(string(service, "build", "dockerfile"))).isRegularFile();
            var module = string(service, "build", "args", "MODULE");
            assertThat(module).as("%s MODULE", app.name()).isEqualTo(app.name());
            assertThat(context.resolve(module).resolve("pom.xml")).isRegularFile();

            var environment = environment(service);
            assertThat(environment).as("%s environment", app.name())
                    .containsKeys(app.requiredEnvironment(environment).toArray(String[]::new));
            assertThat(environment.get("PORT")).isEqualTo(String.valueOf(app.port()));
            // the JVM options and the rest of the containers' settings are the manifests' one definition, not a copy
            assertThat(list(service, "env_file")).as("%s env_file", app.name())
                    .containsExactly("../k8s/base/jvm.env", "../k8s/base/container.env");
            assertThat(environment).as("%s environment", app.name())
                    .doesNotContainKeys("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "MANAGEMENT_PORT",
                            "SPRING_PROFILES_ACTIVE");
            app.database().ifPresent(database -> {
                assertThat(environment.get("DATABASE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
                assertThat(environment.get("DATABASE_USERNAME")).isEqualTo(postgresUser);
            });
            for (var variable : app.placeholders().keySet()) {
                Repo.targetOfUrlVariable(variable, apps).ifPresent(target -> {
                    var url = URI.create(environment.get(variable));
                    assertThat(url.getHost()).as("%s %s", app.name(), variable).isEqualTo(target);
                    assertThat(url.getPort()).isEqualTo(apps.stream().filter(a -> a.name().equals(target))
                            .findFirst().orElseThrow().port());
                });
            }
            if (app.placeholders().containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).startsWith("kafka:");
                assertThat(environment(map(services, "kafka")).get("KAFKA_ADVERTISED_LISTENERS"))
                        .contains("//" + environment.get("KAFKA_BOOTSTRAP_SERVERS"));
            }

            var jwkSet = environment.get("COMMERCE_JWK_SET_URI");
            assertThat(jwkSet).as("%s JWK set", app.name()).startsWith("file:");
            var mounted = list(service, "volumes").stream().filter(v -> v instanceof Map<?, ?>)
                    .filter(v -> jwkSet.equals("file:" + string(v, "target"))).toList();
            assertThat(mounted).as("%s mounts the JWK set at %s", app.name(), jwkSet).singleElement()
                    .satisfies(v -> assertThat(at(v, "read_only")).isEqualTo(true));
        }
        assertThat(Repo.read(Repo.path("deploy/k8s/base/container.env"))).as("what every container runs with")
                .containsPattern("(?m)^SPRING_PROFILES_ACTIVE=container$");
        assertThat(list(map(services, "gateway"), "ports")).map(String::valueOf).anyMatch(p -> p.endsWith(":8080"));
        var gateway = environment(map(services, "gateway"));
        assertThat(services).containsKey(gateway.get("REDIS_HOST"));
        assertThat(string(map(services, gateway.get("REDIS_HOST")), "image")).startsWith("redis:");
        assertThat(list(map(services, "gateway"), "depends_on")).contains(gateway.get("REDIS_HOST"));
    }

    @Test
    void theDockerReadmeTellsHowToMakeTheJwkSet() {
        var readme = Repo.read(Repo.path("deploy/docker/README.md"));
        assertThat(readme).contains("io.commerce.localstack.LocalInfrastructure", "jwks.json",
                "docker compose -f deploy/docker/compose.yaml up");
        var dockerignore = Repo.path("deploy/docker/Dockerfile.dockerignore");
        assertThat(Files.exists(dockerignore)).isTrue();
        assertThat(Pattern.compile("^!.*target/\\*\\.jar$", Pattern.MULTILINE).matcher(Repo.read(dockerignore)).find())
                .as("the jars stay in the build context").isTrue();
    }
}
