package io.commerce.load;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one simulation in this JVM through Gatling's own entry point (as its launchers do) and reads the
 * statistics of the report it wrote ({@code js/stats.json}).
 */
final class GatlingRunner {

    private static final Logger log = LoggerFactory.getLogger(GatlingRunner.class);

    private final Path results;

    GatlingRunner(Path results) {
        this.results = results;
    }

    /** The run's report folder and its statistics by request or group name. */
    record Run(Path report, Map<String, RequestStats> stats) {

        RequestStats get(String name) {
            var found = stats.get(name);
            if (found == null) {
                throw new IllegalStateException("No statistics for '" + name + "' in " + report + " (have "
                        + stats.keySet() + ")");
            }
            return found;
        }

        RequestStats getOrEmpty(String name) {
            return stats.getOrDefault(name, new RequestStats(name, 0, 0, 0, 0, 0, 0, 0, 0));
        }
    }

    Run run(Class<? extends Simulation> simulation, String description, Map<String, String> input) {
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
            var index = created.resolve("index.html");
            if (!Files.exists(index)) {
                throw new IllegalStateException("Gatling (status " + status + ") wrote no report " + index);
            }
            return new Run(created, read(Files.readString(index)));
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

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /**
     * Reads the statistics table of the report's {@code index.html} (Gatling 3.15 writes no JSON statistics): one
     * row per request and group, columns total, OK, KO, % KO, count/s, min, the four configured percentiles
     * (50, 95, 99, 99.9: see gatling.conf), max, mean, std dev.
     */
    static Map<String, RequestStats> read(String html) {
        var out = new LinkedHashMap<String, RequestStats>();
        var rows = ROW.matcher(html);
        while (rows.find()) {
            var name = NAME.matcher(rows.group(2));
            if (!name.find()) {
                continue;
            }
            var cells = new HashMap<Integer, String>();
            var cell = CELL.matcher(rows.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            var label = unescape(name.group(1));
            out.putIfAbsent(label, new RequestStats(label, whole(cells.get(2)), whole(cells.get(3)),
                    whole(cells.get(4)), decimal(cells.get(6)), whole(cells.get(8)), whole(cells.get(9)),
                    whole(cells.get(10)), whole(cells.get(12))));
        }
        return out;
    }

    private static long whole(String cell) {
        return Math.round(decimal(cell));
    }

    private static double decimal(String cell) {
        if (cell == null || cell.isEmpty() || cell.equals("-")) {
            return 0;
        }
        return Double.parseDouble(cell.replace(",", ""));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
