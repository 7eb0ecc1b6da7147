package io.commerce.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The statistics of one Gatling run, read from the report folder it wrote: one line per request and group name.
 *
 * @param folder the run's report folder ({@code index.html} inside)
 * @param stats  by request or group name, in the report's order
 */
record GatlingReport(Path folder, Map<String, RequestStats> stats) {

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    static GatlingReport read(Path folder) {
        var index = folder.resolve("index.html");
        try {
            return new GatlingReport(folder, statistics(Files.readString(index)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Gatling report " + index, e);
        }
    }

    RequestStats get(String name) {
        var found = stats.get(name);
        if (found == null) {
            throw new IllegalStateException("No statistics for '" + name + "' in " + folder + " (have "
                    + stats.keySet() + ")");
        }
        return found;
    }

    /** A request that may not have been sent at all (e.g. no order needed a poll). */
    RequestStats getOrEmpty(String name) {
        return stats.getOrDefault(name, new RequestStats(name, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /**
     * The statistics table of a report's {@code index.html} (Gatling 3.15 writes no JSON statistics): one row per
     * request and group, cells numbered by column: 2 total, 3 OK, 4 KO, 5 % KO, 6 count/s, 7 min, 8-11 the four
     * configured percentiles (50, 95, 99, 99.9: see gatling.conf), 12 max, 13 mean, 14 std dev. A name that occurs
     * twice (the "All Requests" line's twin, a request inside a group) keeps its first line.
     */
    static Map<String, RequestStats> statistics(String html) {
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
