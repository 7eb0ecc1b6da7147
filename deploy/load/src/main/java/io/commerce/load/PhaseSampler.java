package io.commerce.load;

import io.commerce.localstack.suite.Suite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What each phase of the benchmark cost the machine: the highest VmRSS of every application (sampled twice a
 * second), and the CPU time of every application, of PostgreSQL and of the benchmark's own JVM (broker and
 * Gatling) between the start and the end of the phase ({@link ProcessCpu}).
 */
final class PhaseSampler implements AutoCloseable {

    /** One phase: its wall-clock length, the highest RSS (MB) of each application, CPU ms of each process. */
    record Phase(long wallMs, Map<String, Long> rssMb, Map<String, Long> cpuMs) {
    }

    private final Suite suite;
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> overall = new ConcurrentHashMap<>();
    private final Map<String, Long> phase = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "phase-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private Map<String, Long> cpuAtStart;
    private long startedAt;

    PhaseSampler(Suite suite) {
        this.suite = suite;
        suite.processes().forEach((name, process) -> pids.put(name, process.pid()));
        cpuAtStart = cpu();
        startedAt = System.nanoTime();
        timer.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        pids.forEach((name, pid) -> {
            long kb = rssKb(pid);
            if (kb > 0) {
                overall.merge(name, kb, Math::max);
                phase.merge(name, kb, Math::max);
            }
        });
    }

    static long rssKb(long pid) {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended, or this is not Linux
        }
        return -1;
    }

    /** What the phase since the last call cost, and starts a new phase. */
    Phase endPhase() {
        sample();
        var rss = new TreeMap<String, Long>();
        phase.forEach((name, kb) -> rss.put(name, kb / 1024));
        phase.clear();
        var cpuNow = cpu();
        var cpu = new TreeMap<String, Long>();
        cpuNow.forEach((name, ms) -> cpu.put(name, ms - cpuAtStart.getOrDefault(name, 0L)));
        long now = System.nanoTime();
        var ended = new Phase((now - startedAt) / 1_000_000, rss, cpu);
        cpuAtStart = cpuNow;
        startedAt = now;
        return ended;
    }

    Map<String, Long> overallMb() {
        var result = new TreeMap<String, Long>();
        overall.forEach((name, kb) -> result.put(name, kb / 1024));
        return result;
    }

    private Map<String, Long> cpu() {
        try {
            return ProcessCpu.millis(suite);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
