package io.commerce.load;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one simulation in this JVM through Gatling's own entry point (as its launchers do) and reads the report it
 * wrote. A simulation's input goes to it as system properties {@code load.<key>} ({@code LoadInput}), set for the
 * run only: Gatling instantiates the simulation itself, and its Maven plugin passes input the same way.
 */
final class GatlingRunner {

    private static final Logger log = LoggerFactory.getLogger(GatlingRunner.class);

    private final Path results;

    GatlingRunner(Path results) {
        this.results = results;
    }

    GatlingReport run(Class<? extends Simulation> simulation, String description, Map<String, String> input) {
        input.forEach((key, value) -> System.setProperty("load." + key, value));
        try {
            Files.createDirectories(results);
            Set<Path> before = folders();
            log.info("Gatling: {} ({})", simulation.getSimpleName(), description);
            int status = Gatling$.MODULE$.fromArgs(new String[] {
                    "-s", simulation.getName(), "-rf", results.toAbsolutePath().toString(), "-rd", description,
                    "-l", "commerce-load"});
            var created = folders().stream().filter(f -> !before.contains(f))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no results (status " + status + ")"));
            if (!Files.exists(created.resolve("index.html"))) {
                throw new IllegalStateException("Gatling (status " + status + ") wrote no report in " + created);
            }
            return GatlingReport.read(created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            input.keySet().forEach(key -> System.clearProperty("load." + key));
        }
    }

    private Set<Path> folders() throws IOException {
        try (var list = Files.list(results)) {
            return list.filter(Files::isDirectory).collect(Collectors.toSet());
        }
    }
}
