package io.commerce.load;

import io.commerce.localstack.suite.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CPU time so far of each application of the suite, of its PostgreSQL (all that server's processes) and of this JVM
 * (the Kafka broker and the load generator), from {@code /proc/<pid>/stat}. Two readings around a measured period
 * give CPU per unit of work, a figure that barely moves with how busy the machine is.
 */
final class ProcessCpu {

    static final String THIS_JVM = "this JVM (Kafka broker, load generator)";

    private ProcessCpu() {
    }

    static Map<String, Long> millis(Suite suite) throws IOException {
        var cpu = new TreeMap<String, Long>();
        suite.processes().forEach((name, process) -> cpu.put(name, millisOf(process.pid(), false)));
        cpu.put(THIS_JVM, millisOf(ProcessHandle.current().pid(), false));
        cpu.put("postgres", postgresMillis(suite.postgres().port()));
        return cpu;
    }

    /**
     * The suite's PostgreSQL: the postmaster listening on {@code port} with its ended children (it reaps every backend
     * that closed, and a benchmark's checks and JDBC loop open and close their own), and its live children. Only this
     * server's: another suite's PostgreSQL on the same machine (another checkout's tests) starts and stops on its own.
     */
    private static long postgresMillis(int port) throws IOException {
        var postmaster = postmasterOn(port);
        if (postmaster.isEmpty()) {
            return 0;
        }
        long pid = postmaster.get();
        long millis = millisOf(pid, true);
        for (var dir : processDirectories()) {
            if (parentOf(dir) == pid) {
                millis += millisOf(Long.parseLong(dir.getFileName().toString()), false);
            }
        }
        return millis;
    }

    private static Optional<Long> postmasterOn(int port) throws IOException {
        for (var dir : processDirectories()) {
            try {
                var arguments = List.of(Files.readString(dir.resolve("cmdline")).split("\0"));
                int flag = arguments.indexOf("-p");
                if (!arguments.isEmpty() && arguments.getFirst().endsWith("postgres") && flag >= 0
                        && flag + 1 < arguments.size() && arguments.get(flag + 1).equals(String.valueOf(port))) {
                    return Optional.of(Long.parseLong(dir.getFileName().toString()));
                }
            } catch (IOException gone) {
                // a process that ended while we looked
            }
        }
        return Optional.empty();
    }

    private static List<Path> processDirectories() throws IOException {
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
        }
    }

    private static long parentOf(Path processDirectory) {
        try {
            var stat = Files.readString(processDirectory.resolve("stat"));
            // after the command in parentheses: state, then the parent's pid
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /**
     * CPU time so far of the JIT's compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…}) of all six
     * applications: what a measured period spends on it says whether the JVMs had reached their steady state. A
     * compiler thread that ended took its time with it, so compare readings, not totals.
     */
    static long compilerMillis(Suite suite) throws IOException {
        long millis = 0;
        for (var process : suite.processes().values()) {
            try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
                for (var task : tasks.toList()) {
                    try {
                        if (Files.readString(task.resolve("comm")).matches("C[12] Compiler.*\\s*")) {
                            millis += ticksToMillis(Files.readString(task.resolve("stat")), false);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // a thread that ended while we looked
                    }
                }
            } catch (IOException gone) {
                // a process that ended
            }
        }
        return millis;
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
            return ticksToMillis(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), withEndedChildren);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long ticksToMillis(String stat, boolean withEndedChildren) {
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime, then cutime and cstime (children waited for), in clock ticks of 10 ms
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withEndedChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks * 10;
    }
}
