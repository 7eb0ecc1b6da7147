package io.commerce.load;

import io.commerce.localstack.suite.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time so far of each application of the suite, of PostgreSQL (all its processes) and of this JVM (the Kafka
 * broker and the load generator), from {@code /proc/<pid>/stat}. Two readings around a measured period give CPU
 * per unit of work, a figure that barely moves with how busy the machine is.
 */
final class ProcessCpu {

    static final String THIS_JVM = "this JVM (Kafka broker, load generator)";

    private ProcessCpu() {
    }

    static Map<String, Long> millis(Suite suite) throws IOException {
        var cpu = new TreeMap<String, Long>();
        suite.processes().forEach((name, process) -> cpu.put(name, millisOf(process.pid(), false)));
        cpu.put(THIS_JVM, millisOf(ProcessHandle.current().pid(), false));
        long postgres = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (var dir : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    var command = Files.readString(dir.resolve("cmdline"));
                    if (command.startsWith("postgres") || command.contains("/bin/postgres")) {
                        // with its ended children: the postmaster reaps every backend that closed, and a
                        // benchmark's checks and JDBC loop open and close their own
                        postgres += millisOf(Long.parseLong(dir.getFileName().toString()), true);
                    }
                } catch (IOException gone) {
                    // a backend that ended while we looked
                }
            }
        }
        cpu.put("postgres", postgres);
        return cpu;
    }

    /** Prints CPU milliseconds per unit of work between two readings, by process, and their total. */
    static void printPerUnit(Map<String, Long> before, Map<String, Long> after, long units) {
        double total = 0;
        for (var entry : after.entrySet()) {
            double perUnit = (double) (entry.getValue() - before.getOrDefault(entry.getKey(), 0L)) / units;
            total += perUnit;
            System.out.printf("    %-40s %6.2f%n", entry.getKey(), perUnit);
        }
        System.out.printf("    %-40s %6.2f%n", "total", total);
    }

    private static long millisOf(long pid, boolean withEndedChildren) {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, then cutime and cstime (children waited for), in clock ticks of 10 ms
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withEndedChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks * 10;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
