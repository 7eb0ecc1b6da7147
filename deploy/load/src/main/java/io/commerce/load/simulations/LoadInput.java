package io.commerce.load.simulations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a simulation is told by whoever started the suite: system properties {@code load.*} (the benchmark
 * launcher sets them before each run; with the Gatling Maven plugin pass them as {@code -Dload.…}) and the
 * member files it wrote (CSV with a header line: {@code memberId,token}).
 */
public final class LoadInput {

    private LoadInput() {
    }

    public static String string(String key) {
        var value = System.getProperty("load." + key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing -Dload." + key + " (the benchmark launcher sets it)");
        }
        return value;
    }

    public static int integer(String key) {
        return Integer.parseInt(string(key));
    }

    public static double decimal(String key) {
        return Double.parseDouble(string(key));
    }

    public static List<Long> longs(String key) {
        return Arrays.stream(string(key).split(",")).map(String::trim).map(Long::parseLong).toList();
    }

    /** Rows of a CSV file with a header line, as feeder records. */
    public static List<Map<String, Object>> csv(String key) {
        try {
            var lines = Files.readAllLines(Path.of(string(key)));
            var header = lines.getFirst().split(",");
            var records = new ArrayList<Map<String, Object>>(lines.size());
            for (var line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                var cells = line.split(",", -1);
                var record = new LinkedHashMap<String, Object>();
                for (int i = 0; i < header.length; i++) {
                    record.put(header[i], cells[i]);
                }
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
