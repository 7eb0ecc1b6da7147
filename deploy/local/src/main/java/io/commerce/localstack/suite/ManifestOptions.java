package io.commerce.localstack.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads {@code JAVA_TOOL_OPTIONS} from {@code deploy/k8s/base/jvm.env}, which the build copies beside this class:
 * the manifests' options are the suite's, so a change there reaches every local run too.
 */
final class ManifestOptions {

    static final String RESOURCE = "jvm.env";
    private static final String KEY = "JAVA_TOOL_OPTIONS=";

    private ManifestOptions() {
    }

    static List<String> read() {
        try (var in = ManifestOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: the build copies it from"
                        + " deploy/k8s/base");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options of an env file's {@code JAVA_TOOL_OPTIONS=} line; comments and other variables are skipped. */
    static List<String> parse(String envFile) {
        return envFile.lines().map(String::strip).filter(line -> line.startsWith(KEY))
                .map(line -> JvmOptions.words(line.substring(KEY.length()))).findFirst()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no " + KEY + " line"));
    }
}
