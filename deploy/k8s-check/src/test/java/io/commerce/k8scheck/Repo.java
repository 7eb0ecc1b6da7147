package io.commerce.k8scheck;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository the checks run in, found from the working directory, and the applications it builds. */
final class Repo {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern JDBC_DATABASE = Pattern.compile("jdbc:postgresql://[^/]+/([A-Za-z0-9_]+)");

    private static Path root;

    private Repo() {
    }

    /** The nearest directory, from the working directory up, that holds the Maven wrapper. */
    static synchronized Path root() {
        if (root == null) {
            root = findRoot(Path.of("").toAbsolutePath())
                    .orElseGet(() -> fail("No directory containing mvnw above " + Path.of("").toAbsolutePath()));
        }
        return root;
    }

    static Optional<Path> findRoot(Path start) {
        for (var dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlays under deploy/k8s/overlays, by directory name. */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(path("deploy/k8s/overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The deployable applications: the gateway and every *-service module with an application.yml. A service also
     * reads the shared defaults of common-contracts (commerce-defaults*.properties); the gateway does not take them.
     */
    static List<App> apps() {
        try (Stream<Path> dirs = Files.list(root())) {
            var apps = new ArrayList<App>();
            dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))
                            && Files.isRegularFile(d.resolve("src/main/resources/application.yml")))
                    .filter(d -> d.getFileName().toString().equals("gateway")
                            || d.getFileName().toString().endsWith("-service"))
                    .sorted()
                    .forEach(d -> {
                        var name = d.getFileName().toString();
                        var own = read(d.resolve("src/main/resources/application.yml"));
                        apps.add(App.of(name, own, name.equals("gateway") ? "" : sharedDefaults()));
                    });
            return apps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sharedDefaults() {
        try (Stream<Path> files = Files.list(path("common-contracts/src/main/resources"))) {
            return String.join("\n", files
                    .filter(f -> f.getFileName().toString().matches("commerce-defaults.*\\.properties"))
                    .sorted().map(Repo::read).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Java sources of a module's main code, concatenated. */
    static String mainSources(String module) {
        try (Stream<Path> files = Files.walk(path(module + "/src/main/java"))) {
            return String.join("\n", files.filter(f -> f.toString().endsWith(".java")).sorted().map(Repo::read)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A variable whose feature a deployment may switch off instead of setting it, and the switch: without a trace
     * collector there is nothing for ZIPKIN_ENDPOINT to name.
     */
    static final Map<String, String> SWITCHED_OFF_BY =
            Map.of("ZIPKIN_ENDPOINT", "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED");

    /**
     * An application as its application.yml (and the shared defaults it reads) describes it: the environment
     * placeholders it reads (with their defaults, null when none; its own file's where both name one) and, from those
     * defaults, its port and database.
     */
    record App(String name, Map<String, String> placeholders, String applicationYml) {

        static App of(String name, String applicationYml, String sharedDefaults) {
            var placeholders = new LinkedHashMap<String, String>();
            for (var source : List.of(sharedDefaults, applicationYml)) {
                var matcher = PLACEHOLDER.matcher(source);
                while (matcher.find()) {
                    placeholders.put(matcher.group(1), matcher.group(2));
                }
            }
            return new App(name, placeholders, applicationYml);
        }

        /**
         * The variables a deployment must set: those without a default, with an empty one, or whose default
         * only works on a developer's machine (localhost).
         */
        List<String> requiredEnvironment() {
            return placeholders.entrySet().stream()
                    .filter(e -> e.getValue() == null || e.getValue().isBlank() || e.getValue().contains("localhost"))
                    .map(Map.Entry::getKey).toList();
        }

        /** {@link #requiredEnvironment()} less what this environment switches off ({@link #SWITCHED_OFF_BY}). */
        List<String> requiredEnvironment(Map<String, String> environment) {
            return requiredEnvironment().stream()
                    .filter(v -> !"false".equals(environment.get(SWITCHED_OFF_BY.getOrDefault(v, ""))))
                    .toList();
        }

        int port() {
            var port = placeholders.get("PORT");
            if (port == null) {
                return fail(name + "'s application.yml has no ${PORT:...}");
            }
            return Integer.parseInt(port.trim());
        }

        boolean isGateway() {
            return name.equals("gateway");
        }

        Optional<String> database() {
            var url = placeholders.get("DATABASE_URL");
            if (url == null) {
                return Optional.empty();
            }
            var matcher = JDBC_DATABASE.matcher(url);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    /** The name of the application an URL variable points at: BALANCE_SERVICE_URL and DATAPLATFORM_URL name theirs. */
    static Optional<String> targetOfUrlVariable(String variable, List<App> apps) {
        if (!variable.endsWith("_URL") || variable.equals("DATABASE_URL")) {
            return Optional.empty();
        }
        var stem = variable.substring(0, variable.length() - "_URL".length()).toLowerCase().replace('_', '-');
        return apps.stream().map(App::name)
                .filter(n -> n.equals(stem) || n.equals(stem + "-service"))
                .findFirst();
    }
}
