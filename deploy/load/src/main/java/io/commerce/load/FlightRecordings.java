package io.commerce.load;

import io.commerce.localstack.suite.Suite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A JFR recording of every application ({@code -Dload.jfr=true}), one file per process in one folder. */
final class FlightRecordings {

    private static final Logger log = LoggerFactory.getLogger(FlightRecordings.class);

    private final Path folder;

    FlightRecordings(Path folder) {
        this.folder = folder;
    }

    /** The JVM option that starts each application's recording; creates the folder. */
    List<String> jvmOptions() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("-XX:StartFlightRecording=filename=" + folder.toAbsolutePath()
                + "/%p.jfr,settings=profile,dumponexit=true");
    }

    /**
     * Dumps each application's recording while it runs: one that does not stop within the suite's grace period is
     * killed, and a killed JVM writes no recording at exit.
     */
    void dump(Suite suite) {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        suite.processes().forEach((name, process) -> {
            try {
                var file = folder.resolve(name + ".jfr").toAbsolutePath();
                var done = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "JFR.dump", "filename=" + file)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                        .waitFor(60, TimeUnit.SECONDS);
                log.info("JFR recording of {}: {}{}", name, file, done ? "" : " (jcmd timed out)");
            } catch (IOException e) {
                log.warn("Could not dump the JFR recording of {}: {}", name, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
