package io.commerce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.localstack.suite.DemoData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The README's demo: deploy/local/demo.sh walks every flow through the gateway of the started suite. */
@Order(1)
class DemoScriptTest {

    @Test
    void the_demo_script_passes_against_the_seeded_suite() throws IOException, InterruptedException {
        var suite = RunningSuite.get();
        var environment = DemoData.environment(suite, new DemoData(suite.gatewayUrl(), suite.tokens()).seed());
        var output = Files.createTempFile("demo", ".log");
        var demo = new ProcessBuilder("bash", RunningSuite.ROOT.resolve("deploy/local/demo.sh").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        demo.environment().putAll(environment);

        var process = demo.start();
        var finished = process.waitFor(5, TimeUnit.MINUTES);

        assertThat(finished).as("demo finished").isTrue();
        assertThat(process.exitValue()).as("demo output:%n%s", Files.readString(output)).isZero();
        assertThat(Files.readString(output)).contains("Demo passed");
    }
}
