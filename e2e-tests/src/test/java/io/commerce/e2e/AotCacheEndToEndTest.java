package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.suite.AotCache;
import io.commerce.localstack.suite.JvmOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The suite trains each application's AOT cache and starts it from there: a JVM that could not use its cache (another
 * class path, a JDK without the feature) starts anyway, silently slower, so only its memory map tells.
 */
class AotCacheEndToEndTest {

    @Test
    void every_application_runs_with_its_own_cache_mapped() throws IOException {
        var suite = RunningSuite.get();
        boolean expected = AotCache.Use.fromEnvironment() == AotCache.Use.TRAIN && Runtime.version().feature() >= 25;

        for (var application : JvmOptions.APPLICATIONS) {
            for (var process : suite.instancesOf(application)) {
                var maps = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "maps"));
                assertThat(maps.contains("/" + application + ".aot")).as(process.name()).isEqualTo(expected);
            }
        }
    }
}
