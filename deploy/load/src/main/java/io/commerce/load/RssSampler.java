package io.commerce.load;

import io.commerce.localstack.suite.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples VmRSS of every application of the suite twice a second and keeps the highest, per phase and overall. */
final class RssSampler implements AutoCloseable {

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> overall = new ConcurrentHashMap<>();
    private final Map<String, Long> phase = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    RssSampler(Suite suite) {
        suite.processes().forEach((name, process) -> pids.put(name, process.pid()));
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

    /** The highest RSS (MB) of each application since the last call, and starts a new phase. */
    Map<String, Long> endPhase() {
        sample();
        var result = new java.util.TreeMap<String, Long>();
        phase.forEach((name, kb) -> result.put(name, kb / 1024));
        phase.clear();
        return result;
    }

    Map<String, Long> overallMb() {
        var result = new java.util.TreeMap<String, Long>();
        overall.forEach((name, kb) -> result.put(name, kb / 1024));
        return result;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
